package io.github.mlpath.cli;

import io.github.mlpath.graph.SourceUnreadableException;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Writes a command's output to a file atomically: into a temporary file beside it, flushed to disk,
 * then a rename, so an interrupted run or a full disk never leaves half a file and never damages
 * the one already there. {@link OutputTarget} decides what may be replaced.
 */
final class AtomicOutput {
  private AtomicOutput() {}

  /** Something that writes the whole output. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes to {@code target}, or to {@code stdout} when {@code target} is null (whose errors {@link
   * StandardOutput} reports).
   *
   * @throws SourceUnreadableException when the target may not be written or a write fails
   */
  static void write(Path target, PrintWriter stdout, Body body) {
    if (target == null) {
      try {
        body.writeTo(stdout);
      } catch (IOException e) {
        throw new SourceUnreadableException(
            "standard output", "cannot write: " + e.getMessage(), e);
      }
      stdout.flush();
      return;
    }
    Path file = OutputTarget.resolve(target);
    OutputTarget.removeStaleTemps(file);
    Path tmp = null;
    try {
      tmp =
          Files.createTempFile(
              file.toAbsolutePath().getParent(), OutputTarget.tempPrefix(file), ".tmp");
      try (FileOutputStream fos = new FileOutputStream(tmp.toFile());
          Writer w = new BufferedWriter(new OutputStreamWriter(fos, StandardCharsets.UTF_8))) {
        body.writeTo(w);
        w.flush();
        fos.getFD().sync();
      }
      keepPermissions(file, tmp);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw cannotWrite(target, e);
    } catch (RuntimeException e) {
      throw ioCause(e).map(io -> cannotWrite(target, io)).orElseThrow(() -> e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the rename already moved it, or there is nothing more to do
        }
      }
    }
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

  /**
   * Gives the temporary file the permissions of the file it replaces, or rw-r--r-- for a new one,
   * instead of the owner-only mode temporary files are created with.
   */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Files.setPosixFilePermissions(
        tmp,
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--"));
  }
}
