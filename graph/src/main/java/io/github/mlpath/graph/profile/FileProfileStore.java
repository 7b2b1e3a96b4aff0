package io.github.mlpath.graph.profile;

import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.AtomicFile;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.load.InputFiles;
import io.github.mlpath.graph.vocab.MLP;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A profile in one Turtle file. Reads parse the file as it is (renames are atomic, so a reader sees
 * the old or the new version). Updates take an exclusive lock on {@code FILE.lock} beside it (an OS
 * file lock between processes, a {@link ReentrantLock} between threads of this JVM), read the
 * latest version, and replace the file with {@link AtomicFile}. The lock file is never deleted, so
 * every process locks the same file.
 */
public final class FileProfileStore implements ProfileStore {
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  private final Path file;
  private final String learnerIri;
  private final String description;

  /** The profile in {@code file}, of the learner {@code me}. */
  public FileProfileStore(Path file) {
    this(file, MLP.LEARNER_NS + ProfileStores.DEFAULT_LEARNER, file.toString());
  }

  /** The profile of {@code learnerIri} in {@code file}, named {@code description} in messages. */
  FileProfileStore(Path file, String learnerIri, String description) {
    this.file = file;
    this.learnerIri = learnerIri;
    this.description = description;
  }

  @Override
  public Profile read() {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Profile.EMPTY;
    }
    try {
      return parse(regularBytes(file));
    } catch (NoSuchFileException e) {
      return Profile.EMPTY;
    } catch (IOException e) {
      throw new SourceUnreadableException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  /** The bytes of {@code path}, which must be a regular file: a FIFO would block the read. */
  private static byte[] regularBytes(Path path) throws IOException {
    try (InputStream in = InputFiles.open(path)) {
      return in.readAllBytes();
    }
  }

  /**
   * The profile in {@code bytes}: read directly when it is exactly as mlpath writes it (no RDF
   * parser loaded), by the full Turtle parser otherwise.
   */
  private Profile parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return ProfileTurtleReader.read(text, learnerIri)
        .orElseGet(() -> ProfileParser.parse(bytes, file.toString()));
  }

  @Override
  public <R> R update(Function<Profile, R> change, Function<? super R, Profile> after) {
    Path abs = file.toAbsolutePath();
    ReentrantLock local = IN_PROCESS.computeIfAbsent(abs, p -> new ReentrantLock());
    local.lock();
    try {
      Files.createDirectories(abs.getParent());
      Path lockFile = abs.resolveSibling(abs.getFileName() + ".lock");
      try (FileChannel ch =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = ch.lock()) {
        AtomicFile.removeLeftovers(abs);
        Profile current = Files.exists(abs) ? parse(regularBytes(abs)) : Profile.EMPTY;
        R result = change.apply(current);
        Profile next = after.apply(result);
        if (!next.equals(current)) {
          byte[] bytes = turtle(next).getBytes(StandardCharsets.UTF_8);
          AtomicFile.write(abs, out -> out.write(bytes), AtomicFile.PRIVATE);
        }
        return result;
      }
    } catch (IOException e) {
      throw new SourceUnreadableException(file.toString(), "cannot update: " + e.getMessage(), e);
    } finally {
      local.unlock();
    }
  }

  @Override
  public String turtle(Profile profile) {
    return ProfileTurtle.write(profile, learnerIri);
  }

  @Override
  public String description() {
    return description;
  }
}
