package io.github.mlpath.core.internal;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link BinaryWriter} wrote, from a buffer (a mapped file or bytes in memory). Every
 * length is checked against the bytes left before anything is allocated, so a damaged input fails
 * with {@link BufferUnderflowException} instead of exhausting memory.
 */
public final class BinaryReader {
  private final ByteBuffer buf;

  public BinaryReader(ByteBuffer buf) {
    this.buf = buf.slice().order(ByteOrder.LITTLE_ENDIAN);
  }

  public int readByte() {
    return buf.get();
  }

  public int readInt() {
    return buf.getInt();
  }

  public long readLong() {
    return buf.getLong();
  }

  public String readString() {
    return new String(readBytes(), StandardCharsets.UTF_8);
  }

  public byte[] readBytes() {
    byte[] out = new byte[length(1)];
    buf.get(out);
    return out;
  }

  public int[] readInts() {
    int[] out = new int[length(4)];
    buf.asIntBuffer().get(out);
    buf.position(buf.position() + 4 * out.length);
    return out;
  }

  public short[] readShorts() {
    short[] out = new short[length(2)];
    buf.asShortBuffer().get(out);
    buf.position(buf.position() + 2 * out.length);
    return out;
  }

  /** A count of things read next, at least one byte each, checked against what is left. */
  public int readCount() {
    return length(1);
  }

  /** How many bytes are left. */
  public int remaining() {
    return buf.remaining();
  }

  private int length(int unit) {
    int n = buf.getInt();
    if (n < 0 || (long) n * unit > buf.remaining()) {
      throw new BufferUnderflowException();
    }
    return n;
  }
}
