package io.github.mlpath.cli;

import io.github.mlpath.graph.AtomicFile;
import io.github.mlpath.graph.SourceUnreadableException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a command's output to standard output (whose errors {@link StandardOutput} reports), or to
 * a file atomically with {@link AtomicFile}, so an interrupted run or a full disk never leaves half
 * a file and never damages the one already there. {@link OutputTarget} decides what {@code --out}
 * may replace; temporary files a killed run left are removed first.
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
    Path file = OutputTarget.resolve(target);
    AtomicFile.removeStale(file);
    AtomicFile.write(
        file,
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          body.writeTo(w);
          w.flush();
        },
        AtomicFile.SHARED);
  }
}
