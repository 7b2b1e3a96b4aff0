package io.github.mlpath.graph.read;

import io.github.mlpath.core.SnapshotCodec;
import io.github.mlpath.graph.load.Input;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.zip.CRC32C;

/**
 * What a snapshot of some inputs is keyed by. The slot (which cache file) depends on the inputs'
 * names and on this build of mlpath; the key (whether the file is still good) also on their
 * content: each input's length and CRC-32C, computed in hardware at gigabytes a second, so that a
 * changed byte changes the key (a collision by accident has a chance of one in four billion per
 * change). The build is part of both, so a rebuilt mlpath never trusts an older snapshot.
 */
final class Fingerprint {
  /** This build of mlpath: its version and build time, from {@code build.properties}. */
  static final String BUILD = build();

  private Fingerprint() {}

  /** The name of the cache slot for these inputs. */
  static String slot(List<Input> inputs) {
    StringBuilder sb = new StringBuilder("slot|").append(BUILD).append('|');
    for (Input in : inputs) {
      sb.append(in.file().map(p -> p.toAbsolutePath().normalize().toString()).orElse(in.name()));
      sb.append('|');
    }
    return sha256(sb.toString()).substring(0, 32);
  }

  /** The key of the inputs' current content. */
  static String key(List<Input> inputs) {
    StringBuilder sb =
        new StringBuilder("key|").append(BUILD).append('|').append(SnapshotCodec.FORMAT);
    for (Input in : inputs) {
      sb.append('|').append(in.name()).append('|').append(in.syntax()).append('|');
      sb.append(content(in));
    }
    return "sha256:" + sha256(sb.toString());
  }

  /**
   * The length and CRC-32C of a file's bytes. A classpath resource is part of this build of mlpath,
   * which the key names already, so its name is enough.
   */
  private static String content(Input in) {
    if (in.file().isEmpty()) {
      return "in-this-build";
    }
    CRC32C crc = new CRC32C();
    try {
      long length = crcOfFile(in.file().get(), crc);
      return length + ":" + Long.toHexString(crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long crcOfFile(Path file, CRC32C crc) throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      for (long at = 0; at < size; at += 1 << 30) {
        ByteBuffer chunk = ch.map(FileChannel.MapMode.READ_ONLY, at, Math.min(1L << 30, size - at));
        crc.update(chunk);
      }
      return size;
    }
  }

  static String sha256(String s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String build() {
    Properties p = new Properties();
    try (InputStream in = Fingerprint.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no build information: every snapshot is keyed as of an unknown build
    }
    // without it, nothing tells two builds apart: key by this process alone, so nothing is reused
    return p.getProperty(
        "build", "unknown-build-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
  }
}
