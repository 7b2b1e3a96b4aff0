package io.github.mlpath.graph.read;

import io.github.mlpath.core.SnapshotCodec;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.load.Input;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The file work of the snapshot cache: stamps of input files, atomic writes, touching, pruning.
 * Failures to write are not errors: a run that cannot cache still has its answer.
 */
final class CacheFiles {
  private CacheFiles() {}

  /** The size and modification time of each input file, in input order. */
  static List<CachedRead.FileStamp> stamps(List<Input> inputs) throws IOException {
    List<CachedRead.FileStamp> out = new ArrayList<>();
    for (Input in : inputs) {
      if (in.file().isPresent()) {
        Path p = in.file().get();
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        out.add(
            new CachedRead.FileStamp(
                p.toAbsolutePath().normalize().toString(),
                a.size(),
                a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
      }
    }
    return out;
  }

  /**
   * Writes the snapshot atomically: to a temporary file in the same folder, then renamed over the
   * old one, so a reader sees the old snapshot or the new one, never half of one.
   */
  static void write(Path file, String key, ReadResult result, List<CachedRead.FileStamp> stamps) {
    long recordedAt = System.currentTimeMillis();
    byte[] memo =
        new CachedRead(stamps, recordedAt, result.unreadable(), result.findings()).encode();
    Path tmp = null;
    try {
      Files.createDirectories(file.getParent());
      tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        SnapshotCodec.write(result.curriculum(), key, memo, out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      delete(tmp);
    }
  }

  static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // the snapshot stays good; only its place in the pruning order is not refreshed
    }
  }

  static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for the next prune
    }
  }

  /** Keeps the {@code keep} most recently used snapshots and drops leftover temporary files. */
  static void prune(Path dir, int keep) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> snaps = new ArrayList<>();
      long hourAgo = System.currentTimeMillis() - 3_600_000;
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".snap")) {
          snaps.add(p);
        } else if (name.endsWith(".tmp") && Files.getLastModifiedTime(p).toMillis() < hourAgo) {
          delete(p);
        }
      }
      snaps.sort(Comparator.comparing(CacheFiles::modified).reversed());
      for (int i = keep; i < snaps.size(); i++) {
        delete(snaps.get(i));
      }
    } catch (IOException | RuntimeException e) {
      // an unpruned cache is only bigger
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
