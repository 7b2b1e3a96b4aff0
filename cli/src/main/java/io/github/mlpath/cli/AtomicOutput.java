package io.github.mlpath.cli;

import io.github.mlpath.graph.SourceUnreadableException;
import java.io.BufferedWriter;
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

/**
 * Writes a command's output to a file atomically: into a temporary file beside it, then a rename,
 * so an interrupted run never leaves half a file and never damages the one already there.
 */
final class AtomicOutput {
  private AtomicOutput() {}

  /** Something that writes the whole output. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes to {@code target}, or to {@code stdout} when {@code target} is null. */
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
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try (Writer w =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
        body.writeTo(w);
      }
      keepPermissions(target, tmp);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new SourceUnreadableException(target.toString(), "cannot write: " + e.getMessage(), e);
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
