package io.github.mlpath.core;

import io.github.mlpath.core.SnapshotException.Reason;
import io.github.mlpath.core.internal.BinaryReader;
import io.github.mlpath.core.internal.BinaryWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Writes a {@link Curriculum} as a compact binary snapshot and reads it back without any parsing of
 * RDF: the snapshot's arrays are stored as they are in memory and read back in bulk, so a million
 * topics load in a fraction of a second. A snapshot is versioned ({@link #FORMAT}), carries a key
 * saying what it was made from (for a cache: a hash of the inputs and of mlpath's version) and an
 * opaque attachment for the caller (such as the problems found while reading the data), and ends
 * with a CRC-32C of everything before it.
 *
 * <pre>{@code
 * SnapshotCodec.write(curriculum, key, new byte[0], out);
 * Curriculum again = SnapshotCodec.read(ByteBuffer.wrap(bytes), key).curriculum();
 * }</pre>
 *
 * <p>Layout: {@code "MLPSNAP\n"}, the format version, the key, the curriculum's parts, the
 * attachment; then the length of all that (8 bytes), its CRC-32C (4 bytes) and {@code "MLPSEND\n"}.
 * All numbers are little-endian.
 */
public final class SnapshotCodec {
  /** The layout's version; bump it whenever what is written changes. */
  public static final int FORMAT = 3;

  private static final byte[] MAGIC = "MLPSNAP\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "MLPSEND\n".getBytes(StandardCharsets.US_ASCII);
  private static final int TRAILER = 8 + 4 + END.length;

  private SnapshotCodec() {}

  /**
   * What a snapshot holds.
   *
   * @param key what it was made from, as given to {@link #write}
   * @param curriculum the curriculum
   * @param attachment the caller's bytes, read-only
   */
  public record Contents(String key, Curriculum curriculum, ByteBuffer attachment) {}

  /** Writes {@code c}, with its key and attachment, to {@code out}; does not close it. */
  public static void write(Curriculum c, String key, byte[] attachment, OutputStream out)
      throws IOException {
    BinaryWriter w = new BinaryWriter(out);
    for (byte b : MAGIC) {
      w.writeByte(b);
    }
    w.writeInt(FORMAT);
    w.writeString(key);
    SnapshotParts.write(c.snapshotParts(), w);
    w.writeBytes(attachment);
    long length = w.written();
    int crc = w.checksum();
    w.writeLong(length);
    w.writeInt(crc);
    for (byte b : END) {
      w.writeByte(b);
    }
    w.flush();
  }

  /**
   * Reads a snapshot written by {@link #write}, all of {@code in}'s remaining bytes.
   *
   * @param expectedKey the key it must carry
   * @throws SnapshotException {@link Reason#CORRUPT} when the bytes are damaged or not a snapshot,
   *     {@link Reason#STALE} when they are intact but of another format or key
   */
  public static Contents read(ByteBuffer in, String expectedKey) {
    Contents c = read(in);
    if (!c.key().equals(expectedKey)) {
      throw new SnapshotException(Reason.STALE, "snapshot of other inputs");
    }
    return c;
  }

  /**
   * Reads a snapshot written by {@link #write} whatever its key, for a caller that checks the key
   * itself.
   *
   * @throws SnapshotException {@link Reason#CORRUPT} when the bytes are damaged or not a snapshot,
   *     {@link Reason#STALE} when they are intact but in another format
   */
  public static Contents read(ByteBuffer in) {
    ByteBuffer all = in.slice().order(ByteOrder.LITTLE_ENDIAN);
    verify(all);
    BinaryReader r = new BinaryReader(all.slice(0, all.limit() - TRAILER));
    try {
      for (byte b : MAGIC) {
        if (r.readByte() != b) {
          throw new SnapshotException(Reason.CORRUPT, "not a snapshot");
        }
      }
      int format = r.readInt();
      if (format != FORMAT) {
        throw new SnapshotException(
            Reason.STALE, "snapshot format " + format + ", this mlpath reads " + FORMAT);
      }
      String key = r.readString();
      Curriculum c = new Curriculum(SnapshotParts.read(r));
      ByteBuffer attachment = ByteBuffer.wrap(r.readBytes()).asReadOnlyBuffer();
      if (r.remaining() != 0) {
        throw new SnapshotException(Reason.CORRUPT, "snapshot has trailing bytes");
      }
      return new Contents(key, c, attachment);
    } catch (SnapshotException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SnapshotException(Reason.CORRUPT, "snapshot cannot be decoded: " + e, e);
    }
  }

  /** Checks the trailer and the checksum of everything before it. */
  private static void verify(ByteBuffer all) {
    int size = all.limit();
    if (size < MAGIC.length + TRAILER) {
      throw new SnapshotException(Reason.CORRUPT, "snapshot truncated (" + size + " bytes)");
    }
    byte[] end = new byte[END.length];
    all.get(size - END.length, end);
    long length = all.getLong(size - TRAILER);
    if (!Arrays.equals(end, END) || length != size - TRAILER) {
      throw new SnapshotException(Reason.CORRUPT, "snapshot truncated or not a snapshot");
    }
    CRC32C crc = new CRC32C();
    crc.update(all.slice(0, (int) length));
    if ((int) crc.getValue() != all.getInt(size - TRAILER + 8)) {
      throw new SnapshotException(Reason.CORRUPT, "snapshot checksum does not match");
    }
  }
}
