package io.github.mlpath.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file atomically and durably: the new content goes into a temporary file in the same
 * folder, which is forced to disk, renamed over the target, and the folder is forced too. A crash
 * or a {@code kill -9} at any moment leaves the old file or the new one, never a mix, and never
 * touches the old one before the new one is complete.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("out.ttl"), out -> out.write(bytes), AtomicFile.SHARED);
 * }</pre>
 */
public final class AtomicFile {
  /** rw-r--r-- for a new file: exports and other shareable output. */
  public static final Set<PosixFilePermission> SHARED =
      PosixFilePermissions.fromString("rw-r--r--");

  /** rw------- for a new file: what only its owner should read, such as a learner's profile. */
  public static final Set<PosixFilePermission> PRIVATE =
      PosixFilePermissions.fromString("rw-------");

  private static final String TMP_SUFFIX = ".tmp";

  /** A temporary file's name after {@code .NAME.}: {@code mlpath-PID-N.tmp}. */
  private static final Pattern TEMP = Pattern.compile(".*\\.mlpath-(\\d+)-\\d+\\.tmp");

  private AtomicFile() {}

  /** Writes the whole content to a stream. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code target} with what {@code body} writes. A file that exists keeps its
   * permissions; a new one gets {@code newPermissions} (where the file system has them).
   *
   * @throws SourceUnreadableException naming the file when it cannot be written; the old file is
   *     then unchanged
   */
  public static void write(Path target, Body body, Set<PosixFilePermission> newPermissions) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, tempPrefix(target), TMP_SUFFIX);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(ch);
        body.writeTo(out);
        out.flush();
        ch.force(true);
      }
      permissions(target, tmp, newPermissions);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      forceDirectory(dir);
    } catch (IOException e) {
      throw cannotWrite(target, e);
    } catch (RuntimeException e) {
      throw ioCause(e).map(io -> cannotWrite(target, io)).orElseThrow(() -> e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // nothing more can be done; the target is unchanged
        }
      }
    }
  }

  /**
   * Deletes the temporary files an interrupted write of {@code target} left behind. Call it only
   * while no other process can be writing {@code target} (holding its lock).
   */
  public static void removeLeftovers(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> left =
        Files.newDirectoryStream(dir, "." + target.getFileName() + ".*" + TMP_SUFFIX)) {
      for (Path p : left) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // leftovers are harmless; the next write tries again
    }
  }

  /**
   * Deletes the temporary files that writes of {@code target} by processes no longer running left
   * behind (a write killed with {@code kill -9}); safe while other processes write it too, since
   * each temporary file names the process that made it.
   */
  public static void removeStale(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    String prefix = "." + target.getFileName() + ".";
    try (DirectoryStream<Path> left = Files.newDirectoryStream(dir, ".*" + TMP_SUFFIX)) {
      for (Path p : left) {
        Matcher m = TEMP.matcher(p.getFileName().toString());
        if (p.getFileName().toString().startsWith(prefix)
            && m.matches()
            && !running(Long.parseLong(m.group(1)))) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | NumberFormatException ignored) {
      // a leftover that cannot be removed costs only its space
    }
  }

  private static boolean running(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** {@code .NAME.mlpath-PID-}: the temporary file names the process that writes it. */
  private static String tempPrefix(Path target) {
    return "." + target.getFileName() + ".mlpath-" + ProcessHandle.current().pid() + "-";
  }

  private static SourceUnreadableException cannotWrite(Path target, IOException e) {
    String why = e.getMessage() == null ? "input/output error" : e.getMessage();
    return new SourceUnreadableException(target.toString(), "cannot write: " + why, e);
  }

  /** The I/O error a writer (Jena's, Jackson's) wrapped in an unchecked exception, if any. */
  private static Optional<IOException> ioCause(RuntimeException e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof IOException io) {
        return Optional.of(io);
      }
    }
    return Optional.empty();
  }

  private static void permissions(Path target, Path tmp, Set<PosixFilePermission> fresh)
      throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Files.setPosixFilePermissions(
        tmp, Files.exists(target) ? Files.getPosixFilePermissions(target) : fresh);
  }

  /**
   * Forces {@code dir}'s entries (a file or folder just renamed into it) to disk, where the
   * platform allows it.
   */
  public static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // some platforms cannot open a folder; the rename itself is still atomic
    }
  }
}
