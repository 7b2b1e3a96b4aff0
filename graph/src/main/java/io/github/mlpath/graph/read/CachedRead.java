package io.github.mlpath.graph.read;

import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a cached snapshot carries besides the curriculum: the problems of the read (so that a warm
 * {@code validate} or planning run reports them without reading the data) and the size and
 * modification time of each input file when it was cached (so that a warm run need not read a large
 * file to know it has not changed).
 *
 * @param files the size and modification time of each input file, in input order
 * @param recordedAt when the snapshot was written, in milliseconds since the epoch
 * @param unreadable whether an input could not be read
 * @param findings the problems, with the topics each concerns
 */
record CachedRead(
    List<FileStamp> files, long recordedAt, boolean unreadable, List<ReadResult.Finding> findings) {

  /** A file's size and modification time, as the file system gives them. */
  record FileStamp(String path, long size, long modifiedNanos) {}

  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(files.size());
      for (FileStamp f : files) {
        out.writeUTF(f.path());
        out.writeLong(f.size());
        out.writeLong(f.modifiedNanos());
      }
      out.writeLong(recordedAt);
      out.writeBoolean(unreadable);
      out.writeInt(findings.size());
      for (ReadResult.Finding f : findings) {
        write(out, f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static CachedRead decode(ByteBuffer attachment) throws IOException {
    byte[] b = new byte[attachment.remaining()];
    attachment.duplicate().get(b);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(b))) {
      List<FileStamp> files = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        files.add(new FileStamp(in.readUTF(), in.readLong(), in.readLong()));
      }
      long recordedAt = in.readLong();
      boolean unreadable = in.readBoolean();
      List<ReadResult.Finding> findings = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        findings.add(read(in));
      }
      return new CachedRead(files, recordedAt, unreadable, findings);
    }
  }

  private static void write(DataOutputStream out, ReadResult.Finding f) throws IOException {
    Problem p = f.problem();
    out.writeByte(p.severity().ordinal());
    out.writeUTF(p.rule());
    writeLong(out, p.message());
    out.writeBoolean(p.focus().isPresent());
    if (p.focus().isPresent()) {
      writeLong(out, p.focus().get());
    }
    out.writeBoolean(p.location().isPresent());
    if (p.location().isPresent()) {
      out.writeUTF(p.location().get().source());
      out.writeLong(p.location().get().line());
      out.writeLong(p.location().get().column());
    }
    out.writeInt(f.topics().size());
    for (String t : f.topics()) {
      writeLong(out, t);
    }
    out.writeBoolean(f.leftOut());
  }

  private static ReadResult.Finding read(DataInputStream in) throws IOException {
    Severity severity = Severity.values()[in.readByte()];
    String rule = in.readUTF();
    String message = readLong(in);
    Optional<String> focus = in.readBoolean() ? Optional.of(readLong(in)) : Optional.empty();
    Optional<SourceLocation> location =
        in.readBoolean()
            ? Optional.of(new SourceLocation(in.readUTF(), in.readLong(), in.readLong()))
            : Optional.empty();
    List<String> topics = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      topics.add(readLong(in));
    }
    boolean leftOut = in.readBoolean();
    return new ReadResult.Finding(
        new Problem(severity, rule, message, focus, location), topics, leftOut);
  }

  /** A string of any length (writeUTF stops at 64 KiB). */
  private static void writeLong(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readLong(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}
