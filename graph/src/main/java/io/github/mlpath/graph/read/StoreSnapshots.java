package io.github.mlpath.graph.read;

import io.github.mlpath.core.SnapshotCodec;
import io.github.mlpath.graph.ReadResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The snapshot a TDB2 store keeps of its own data, in {@value #FILE} in its folder, keyed by the
 * store's data version: the name, size and modification time of every file of its data folders
 * (TDB2 rewrites them on every write and leaves them alone on reads; the lock file does not count).
 * {@code mlpath load} writes it; a command that plans on the store uses it while the version
 * matches, so it needs neither the store's lock nor Jena.
 */
public final class StoreSnapshots {
  /** The snapshot's file, in the store's folder. */
  public static final String FILE = "mlpath-snapshot.snap";

  private StoreSnapshots() {}

  /** The store's data version: the text of its data files' names, sizes and times. */
  public static String version(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("store|").append(Fingerprint.BUILD);
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = dir.relativize(p).toString();
        if (!rel.startsWith("Data-") || p.getFileName().toString().equals("tdb.lock")) {
          continue;
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        sb.append('|').append(rel).append(':').append(a.size()).append(':');
        sb.append(a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
      }
    }
    return sb.toString();
  }

  /** The store's snapshot, when it has one of its current data version. */
  public static Optional<ReadResult> read(Path dir) {
    try {
      return read(dir, version(dir));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Keeps the snapshot of data version {@code before} across a write that was rolled back: the data
   * is that version's again, but TDB2 touched its files, so the snapshot is stored again under
   * their new version. Best effort: without it the next plan rebuilds the snapshot.
   */
  public static void keepAfterRollback(Path dir, String before) {
    try {
      read(dir, before).ifPresent(r -> write(dir, r));
    } catch (RuntimeException | OutOfMemoryError e) {
      // the snapshot stays stale, and the next plan on the store rebuilds it
    }
  }

  private static Optional<ReadResult> read(Path dir, String version) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (FileChannel ch = FileChannel.open(file)) {
      ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      SnapshotCodec.Contents c = SnapshotCodec.read(buf);
      if (!c.key().equals(version)) {
        return Optional.empty();
      }
      CachedRead memo = CachedRead.decode(c.attachment());
      return Optional.of(new ReadResult(c.curriculum(), memo.findings(), memo.unreadable()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged: the caller reads the store and writes a new one
    }
  }

  /** Writes the snapshot of the store's current data version. */
  public static void write(Path dir, ReadResult read) {
    try {
      CacheFiles.write(dir.resolve(FILE), version(dir), read, List.of());
    } catch (IOException e) {
      // a store without a snapshot still answers, by queries
    }
  }
}
