package io.github.mlpath.cli;

import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.load.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where {@code --out FILE} may write. The rules (README, "Exit codes"):
 *
 * <ul>
 *   <li>a new path, in a folder that exists, or an existing regular file (replaced whole);
 *   <li>a symbolic link is written through: the file it points at is replaced, the link stays; a
 *       link that points nowhere, or at something that is not a regular file, is refused;
 *   <li>anything else (a folder, a FIFO, a device, a socket) is refused before anything is written,
 *       so {@code --out /dev/full} can never replace the device with a file.
 * </ul>
 */
final class OutputTarget {
  private OutputTarget() {}

  /**
   * The file to replace for {@code --out target}: the target itself, or the file a link points at.
   *
   * @throws SourceUnreadableException naming the target and why it cannot be written (exit 3)
   */
  static Path resolve(Path target) {
    if (target.toString().isEmpty()) {
      throw new SourceUnreadableException("--out", "needs a file name, not an empty one");
    }
    Path file = target;
    if (Files.isSymbolicLink(target)) {
      try {
        file = target.toRealPath();
      } catch (NoSuchFileException e) {
        throw refused(target, "is a symbolic link to nothing (" + e.getFile() + ")");
      } catch (IOException e) {
        throw refused(target, "is a symbolic link that cannot be followed");
      }
    }
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      Path dir = file.toAbsolutePath().getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw refused(target, "its folder " + dir + " does not exist");
      }
      return file;
    } catch (IOException e) {
      throw refused(target, "cannot be examined");
    }
    if (attrs.isDirectory()) {
      throw refused(target, "is a folder; give a file name");
    }
    if (!attrs.isRegularFile()) {
      throw refused(
          target, "is " + InputFiles.specialKind(file).orElse("a special file") + ", not a file");
    }
    return file;
  }

  private static SourceUnreadableException refused(Path target, String why) {
    return new SourceUnreadableException(target.toString(), "cannot write here: " + why);
  }
}
