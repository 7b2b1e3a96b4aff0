package io.github.mlpath.graph.load;

import io.github.mlpath.graph.SourceUnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Opens the files a user names as input only when they are regular files: a FIFO, a device, a
 * socket or a folder where a file is meant is refused with {@link SourceUnreadableException} before
 * anything opens it, so no input can block a command in {@code open} or make it read a device
 * forever. A symbolic link is followed to what it points at, and that must be a regular file too.
 *
 * <pre>{@code
 * try (InputStream in = InputFiles.open(Path.of("query.rq"))) { ... }
 * }</pre>
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * Checks that {@code path} is a regular file (after following links).
   *
   * @throws SourceUnreadableException naming the path and what it is instead
   */
  public static void requireRegular(Path path) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new SourceUnreadableException(path.toString(), "no such file", e);
    } catch (AccessDeniedException e) {
      throw new SourceUnreadableException(path.toString(), "permission denied", e);
    } catch (IOException e) {
      throw new SourceUnreadableException(path.toString(), "cannot read: " + reason(e), e);
    }
    if (attrs.isDirectory()) {
      throw new SourceUnreadableException(path.toString(), "is a folder, not a file");
    }
    if (!attrs.isRegularFile()) {
      throw new SourceUnreadableException(
          path.toString(), "is " + specialKind(path).orElse("a special file") + ", not a file");
    }
  }

  /**
   * Opens a regular file for reading.
   *
   * @throws IOException when it cannot be opened after the check
   * @throws SourceUnreadableException when it is not a regular file
   */
  public static InputStream open(Path path) throws IOException {
    requireRegular(path);
    return Files.newInputStream(path);
  }

  /**
   * What a special file is, in words: a named pipe (FIFO), a character or block device, a socket.
   */
  public static Optional<String> specialKind(Path path) {
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> Optional.of("a named pipe (FIFO)");
        case 0020000 -> Optional.of("a character device");
        case 0060000 -> Optional.of("a block device");
        case 0140000 -> Optional.of("a socket");
        default -> Optional.empty();
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
