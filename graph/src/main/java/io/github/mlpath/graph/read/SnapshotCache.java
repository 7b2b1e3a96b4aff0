package io.github.mlpath.graph.read;

import io.github.mlpath.core.SnapshotCodec;
import io.github.mlpath.core.SnapshotException;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.load.Input;
import io.github.mlpath.graph.load.RdfLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads inputs through a cache of binary snapshots, so that a second run on the same data reads no
 * RDF at all (and loads no RDF library). A snapshot is found by the inputs' names ({@link
 * Fingerprint#slot}) and trusted only when its key matches their content ({@link Fingerprint#key});
 * a file whose size and modification time are those recorded when the snapshot was written (and
 * that was not modified in the second before) is taken as unchanged without reading it again. A
 * snapshot of data that changed since, or of another build, is never used and silently rebuilt; a
 * damaged one is reported in one line to {@code notices}, never used, and rebuilt. The bundled
 * curriculum's snapshot ships in the jar.
 *
 * <p>Files live in {@link CacheDirectory#resolve()}: {@code $MLPATH_CACHE_DIR}, else {@code
 * $XDG_CACHE_HOME/mlpath}, else {@code ~/.cache/mlpath}; {@code MLPATH_CACHE_DIR=off} turns the
 * cache off. Writes are atomic (a temporary file renamed into place); the {@value #KEEP} most
 * recently used snapshots are kept.
 */
public final class SnapshotCache {
  /** How many snapshots the cache keeps; older ones are deleted when a new one is written. */
  public static final int KEEP = 8;

  /** The classpath resource of the bundled curriculum's snapshot, made by the build. */
  public static final String BUNDLED = "mlpath/snapshot/bundled.snap";

  private static final long RACY_MILLIS = 1000;

  private final Optional<Path> dir;
  private final Consumer<String> notices;

  public SnapshotCache(Optional<Path> dir, Consumer<String> notices) {
    this.dir = dir;
    this.notices = notices;
  }

  /** The cache in its standard place, reporting to {@code notices}. */
  public static SnapshotCache standard(Consumer<String> notices) {
    return new SnapshotCache(CacheDirectory.resolve(), notices);
  }

  /** The read of {@code inputs}: a good cached snapshot of them, or a fresh read, then cached. */
  public ReadResult read(List<Input> inputs) {
    Optional<ReadResult> shipped = shipped(inputs);
    if (shipped.isPresent()) {
      return shipped.get();
    }
    if (dir.isEmpty()) {
      return RdfReader.read(RdfLoader.sourcesOf(inputs));
    }
    Path file = dir.get().resolve(Fingerprint.slot(inputs) + ".snap");
    List<CachedRead.FileStamp> stamps;
    String key;
    Optional<Loaded> loaded;
    try {
      stamps = CacheFiles.stamps(inputs);
      loaded = load(file);
      if (loaded.isPresent() && unchanged(loaded.get().memo(), stamps)) {
        CacheFiles.touch(file);
        return loaded.get().result();
      }
      key = Fingerprint.key(inputs);
    } catch (IOException | java.io.UncheckedIOException e) {
      return RdfReader.read(RdfLoader.sourcesOf(inputs)); // an input cannot be read: say so
    }
    if (loaded.isPresent()) {
      if (loaded.get().key().equals(key)) { // touched, not changed: keep it, with new stamps
        CacheFiles.write(file, key, loaded.get().result(), stamps);
        return loaded.get().result();
      } // changed: edited data is the normal case, read again without a word
    }
    ReadResult fresh = RdfReader.read(RdfLoader.sourcesOf(inputs));
    if (!fresh.unreadable()) {
      CacheFiles.write(file, key, fresh, stamps);
      CacheFiles.prune(dir.get(), KEEP);
    }
    return fresh;
  }

  /**
   * Whether every input file has the size and modification time recorded with the snapshot, and was
   * last modified a while before it was written (a file changed in the same instant as it was
   * recorded could change again without its time showing it).
   */
  private static boolean unchanged(CachedRead memo, List<CachedRead.FileStamp> stamps) {
    return memo.files().equals(stamps)
        && stamps.stream()
            .allMatch(s -> s.modifiedNanos() / 1_000_000 < memo.recordedAt() - RACY_MILLIS);
  }

  /** A snapshot in the cache, decoded; empty when there is none or it is damaged. */
  private Optional<Loaded> load(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (FileChannel ch = FileChannel.open(file)) {
      ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      return Optional.of(Loaded.of(SnapshotCodec.read(buf)));
    } catch (IOException | RuntimeException e) {
      if (!(e instanceof SnapshotException s && s.reason() == SnapshotException.Reason.STALE)) {
        notices.accept(
            "the cached snapshot " + file + " is damaged (" + e.getMessage() + "); rebuilding it");
      }
      CacheFiles.delete(file);
      return Optional.empty();
    }
  }

  /** The snapshot that ships in the jar, when the inputs are exactly the bundled curriculum. */
  private Optional<ReadResult> shipped(List<Input> inputs) {
    if (!inputs.stream().allMatch(in -> in.file().isEmpty())) {
      return Optional.empty();
    }
    try (InputStream in = SnapshotCache.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        return Optional.empty();
      }
      Loaded loaded = Loaded.of(SnapshotCodec.read(ByteBuffer.wrap(in.readAllBytes())));
      return loaded.key().equals(Fingerprint.key(inputs))
          ? Optional.of(loaded.result())
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A decoded snapshot: its key, the read it holds, and the memo of its inputs. */
  private record Loaded(String key, ReadResult result, CachedRead memo) {
    static Loaded of(SnapshotCodec.Contents c) throws IOException {
      CachedRead memo = CachedRead.decode(c.attachment());
      return new Loaded(
          c.key(), new ReadResult(c.curriculum(), memo.findings(), memo.unreadable()), memo);
    }
  }
}
