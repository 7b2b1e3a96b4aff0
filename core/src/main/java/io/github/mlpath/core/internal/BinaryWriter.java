package io.github.mlpath.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Writes little-endian primitives and whole arrays to a stream through one 64 KiB buffer, keeping a
 * CRC-32C and a count of every byte written. Arrays go out in bulk, so a hundred megabytes of int
 * arrays cost little more than the copy. Pairs with {@link BinaryReader}.
 */
public final class BinaryWriter {
  private final OutputStream out;
  private final ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();
  private long written;

  public BinaryWriter(OutputStream out) {
    this.out = out;
  }

  public void writeByte(int b) throws IOException {
    room(1);
    buf.put((byte) b);
  }

  public void writeInt(int v) throws IOException {
    room(4);
    buf.putInt(v);
  }

  public void writeLong(long v) throws IOException {
    room(8);
    buf.putLong(v);
  }

  /** A length-prefixed UTF-8 string. */
  public void writeString(String s) throws IOException {
    writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A length-prefixed byte array. */
  public void writeBytes(byte[] b) throws IOException {
    writeInt(b.length);
    for (int i = 0; i < b.length; ) {
      room(1);
      int k = Math.min(buf.remaining(), b.length - i);
      buf.put(b, i, k);
      i += k;
    }
  }

  /** A length-prefixed int array. */
  public void writeInts(int[] a) throws IOException {
    writeArray(a.length, 4, (i, k) -> buf.asIntBuffer().put(a, i, k));
  }

  /** A length-prefixed short array. */
  public void writeShorts(short[] a) throws IOException {
    writeArray(a.length, 2, (i, k) -> buf.asShortBuffer().put(a, i, k));
  }

  /**
   * A length-prefixed array of {@code length} elements of {@code width} bytes, copied into the
   * buffer as many at a time as fit by {@code copy}, which writes through a view of the buffer (so
   * does not move its position).
   */
  private void writeArray(int length, int width, Copy copy) throws IOException {
    writeInt(length);
    for (int i = 0; i < length; ) {
      room(width);
      int k = Math.min(buf.remaining() / width, length - i);
      copy.elements(i, k);
      buf.position(buf.position() + width * k);
      i += k;
    }
  }

  /** Copies elements of an array into a view of the buffer at its position. */
  @FunctionalInterface
  private interface Copy {
    /** Copies {@code count} elements from index {@code from}. */
    void elements(int from, int count);
  }

  /** The CRC-32C of every byte written so far. */
  public int checksum() throws IOException {
    drain();
    return (int) crc.getValue();
  }

  /** How many bytes were written so far. */
  public long written() {
    return written + buf.position();
  }

  /** Writes out what is buffered, without touching the checksum afterwards. */
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  private void room(int bytes) throws IOException {
    if (buf.remaining() < bytes) {
      drain();
    }
  }

  private void drain() throws IOException {
    if (buf.position() == 0) {
      return;
    }
    crc.update(buf.array(), 0, buf.position());
    out.write(buf.array(), 0, buf.position());
    written += buf.position();
    buf.clear();
  }
}
