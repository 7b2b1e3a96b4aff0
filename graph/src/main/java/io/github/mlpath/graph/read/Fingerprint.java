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
 *
 * <p>The key is the text of all that, compared whole, not a digest of it: nothing is lost, and no
 * digest is computed, since a {@code MessageDigest} starts the JCA providers, about 20 ms of a
 * short command's start. A slot's name is a 128-bit {@link #hash} of its text: two inputs that
 * share a slot by accident only take turns in it, since the key is still compared whole.
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
    return hash(sb.toString());
  }

  /** The key of the inputs' current content. */
  static String key(List<Input> inputs) {
    StringBuilder sb =
        new StringBuilder("key|").append(BUILD).append('|').append(SnapshotCodec.FORMAT);
    for (Input in : inputs) {
      sb.append('|').append(in.name()).append('|').append(in.syntax()).append('|');
      sb.append(content(in));
    }
    return sb.toString();
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

  /**
   * 32 hex digits of two 64-bit hashes of {@code s}'s UTF-8 bytes, each byte mixed in with its own
   * odd multiplier and finished with MurmurHash3's avalanche step: a file name, not a checksum.
   */
  static String hash(String s) {
    long a = 0x9E3779B97F4A7C15L;
    long b = 0xC2B2AE3D27D4EB4FL;
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      a = (a ^ (x & 0xff)) * 0x100000001B3L;
      b = Long.rotateLeft(b ^ (x & 0xff), 29) * 0xFF51AFD7ED558CCDL;
    }
    return HexFormat.of().toHexDigits(mix(a)) + HexFormat.of().toHexDigits(mix(b ^ a));
  }

  private static long mix(long h) {
    h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
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
    String build = p.getProperty("build");
    // without it, nothing tells two builds apart: key by this process alone, so nothing is reused
    // (asked for only then: ProcessHandle's start-up costs a short command about 5 ms)
    return build != null
        ? build
        : "unknown-build-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
  }
}
