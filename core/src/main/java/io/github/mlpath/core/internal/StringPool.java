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

  private StringPool(byte[] bytes, int[] offsets) {
    this.bytes = bytes;
    this.offsets = offsets;
    this.size = offsets.length - 1;
    this.used = offsets[size];
  }

  /**
   * A trimmed pool over the UTF-8 {@code bytes} of its strings, string {@code i} spanning {@code
   * offsets[i]} to {@code offsets[i + 1]}: what {@link #utf8()} and {@link #offsets()} gave.
   *
   * @throws IllegalArgumentException when the offsets do not fit the bytes
   */
  public static StringPool of(byte[] bytes, int[] offsets) {
    if (offsets.length == 0 || offsets[0] != 0 || offsets[offsets.length - 1] != bytes.length) {
      throw new IllegalArgumentException("string offsets do not span the bytes");
    }
    for (int i = 1; i < offsets.length; i++) {
      if (offsets[i] < offsets[i - 1]) {
        throw new IllegalArgumentException("string offsets go backwards at " + i);
      }
    }
    return new StringPool(bytes, offsets);
  }

  /** The UTF-8 bytes of every string, end to end, for a snapshot; do not modify. */
  public byte[] utf8() {
    return used == bytes.length ? bytes : Arrays.copyOf(bytes, used);
  }

  /** Where each string starts, and one past the last one ends, for a snapshot; do not modify. */
  public int[] offsets() {
    return offsets.length == size + 1 ? offsets : Arrays.copyOf(offsets, size + 1);
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

  /** Whether the strings at {@code i} and {@code j} are equal. */
  public boolean equalsAt(int i, int j) {
    return Arrays.equals(bytes, offsets[i], offsets[i + 1], bytes, offsets[j], offsets[j + 1]);
  }

  /**
   * The sign of {@code get(i).compareTo(get(j))}, read from the UTF-8 bytes without making strings.
   * UTF-8 bytes order as code points, which is {@link String}'s UTF-16 order except between
   * U+E000..U+FFFF and supplementary characters (lead bytes 0xEE and up): there it compares the
   * strings.
   */
  public int compare(int i, int j) {
    int a = offsets[i];
    int b = offsets[j];
    int k = Arrays.mismatch(bytes, a, offsets[i + 1], bytes, b, offsets[j + 1]);
    if (k < 0) {
      return 0;
    }
    if (a + k == offsets[i + 1] || b + k == offsets[j + 1]) {
      return a + k == offsets[i + 1] ? -1 : 1;
    }
    int x = bytes[a + k] & 0xff;
    int y = bytes[b + k] & 0xff;
    if (x >= 0xEE || y >= 0xEE) {
      return Integer.signum(get(i).compareTo(get(j)));
    }
    return x < y ? -1 : 1;
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
