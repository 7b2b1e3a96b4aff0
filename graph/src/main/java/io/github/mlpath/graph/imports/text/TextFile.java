package io.github.mlpath.graph.imports.text;

import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.imports.ImportException;
import io.github.mlpath.graph.load.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A text file of a dataset as numbered lines. Bytes that are not UTF-8 are refused with the line,
 * never replaced; a byte-order mark and carriage returns are dropped. Immutable.
 *
 * @param name the file as messages name it
 * @param lines its lines, without line ends
 */
public record TextFile(String name, List<String> lines) {

  public TextFile {
    Objects.requireNonNull(name, "name");
    lines = List.copyOf(lines);
  }

  /**
   * Reads a file.
   *
   * @param path where it is
   * @param name how messages name it, such as {@code concepts/svm/dependencies.txt}
   * @throws SourceUnreadableException if it cannot be read, or is not a regular file (a FIFO would
   *     block)
   * @throws ImportException if it is not UTF-8
   */
  public static TextFile read(Path path, String name) {
    byte[] bytes;
    try (InputStream in = InputFiles.open(path)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new SourceUnreadableException(name, "cannot read: " + e.getMessage(), e);
    }
    return new TextFile(name, decode(name, bytes).lines().map(TextFile::trimEnd).toList());
  }

  /** Where line {@code index} (0-based) is. */
  public SourceLocation at(int index) {
    return new SourceLocation(name, index + 1L, 0);
  }

  private static String decode(String name, byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      long line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ImportException(name + ":" + line + ": not UTF-8 text");
    }
    d.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String trimEnd(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
