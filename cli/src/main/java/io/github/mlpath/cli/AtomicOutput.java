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
 * Writes a command's output to standard output, or to a file atomically with {@link AtomicFile}, so
 * an interrupted run never leaves half a file and never damages the one already there.
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
    AtomicFile.write(
        target,
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          body.writeTo(w);
          w.flush();
        },
        AtomicFile.SHARED);
  }
}
