package io.github.mlpath.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Many strings packed as UTF-8 in one byte array, addressed by an int. A million short strings take
 * about a tenth of the heap that a million {@link String} objects would. Append-only while
 * building; {@link #trim()} then freezes the size.
 */
public final class StringPool {
  private byte[] bytes;
  private int[] offsets;
  private int size;
  private int used;

  public StringPool(int expectedStrings) {
    int n = Math.max(16, expectedStrings);
    this.bytes = new byte[n * 12];
    this.offsets = new int[n + 1];
  }

  /** Appends {@code s} and returns its index. */
  public int add(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (used + b.length > bytes.length) {
      long grown = Math.max((long) bytes.length * 2, (long) used + b.length);
      if (grown > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("string pool over 2 GiB");
      }
      bytes = Arrays.copyOf(bytes, (int) grown);
    }
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    System.arraycopy(b, 0, bytes, used, b.length);
    used += b.length;
    size++;
    offsets[size] = used;
    return size - 1;
  }

  public String get(int index) {
    int start = offsets[index];
    return new String(bytes, start, offsets[index + 1] - start, StandardCharsets.UTF_8);
  }

  /** Whether the string at {@code index} has exactly the UTF-8 bytes {@code utf8}. */
  public boolean equalsAt(int index, byte[] utf8) {
    int start = offsets[index];
    int end = offsets[index + 1];
    return Arrays.equals(bytes, start, end, utf8, 0, utf8.length);
  }

  /** A hash of the string at {@code index}, the same as {@link #hash(byte[])} of its bytes. */
  public int hashAt(int index) {
    return hash(bytes, offsets[index], offsets[index + 1]);
  }

  public static int hash(byte[] utf8) {
    return hash(utf8, 0, utf8.length);
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  public int size() {
    return size;
  }

  /** Releases spare capacity; call once building is done. */
  public StringPool trim() {
    bytes = Arrays.copyOf(bytes, used);
    offsets = Arrays.copyOf(offsets, size + 1);
    return this;
  }
}
