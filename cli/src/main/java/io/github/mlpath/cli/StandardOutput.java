package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Terminal;
import io.github.mlpath.cli.request.ExitCodes;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Standard output that remembers its first write error, which {@link System#out} and {@link
 * PrintWriter} would swallow: a command that prints to a full disk must not exit 0. A closed pipe
 * ({@code mlpath export | head}) is the usual quiet end: no message, exit {@value
 * ExitCodes#CLOSED_PIPE} (128 + SIGPIPE, what a shell shows for tools a closed pipe stops). Any
 * other error is one line and exit {@value ExitCodes#UNREADABLE}.
 */
final class StandardOutput extends OutputStream {
  private final OutputStream out;
  private IOException failure;

  StandardOutput() {
    this(new FileOutputStream(FileDescriptor.out));
  }

  StandardOutput(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    guard();
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    guard();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    guard();
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  /** The first write error, if any. */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * The exit code of a command that returned {@code code}, after flushing {@code writer}: the
   * command's own, unless writing its output failed; then {@code err} says so (not for a closed
   * pipe).
   */
  int exitCode(int code, PrintWriter writer, PrintWriter err) {
    writer.flush();
    if (failure == null) {
      return code;
    }
    if (closedPipe(failure)) {
      return ExitCodes.CLOSED_PIPE;
    }
    String why = failure.getMessage() == null ? "input/output error" : failure.getMessage();
    err.println("mlpath: cannot write to standard output: " + Terminal.safe(why));
    err.flush();
    return code == ExitCodes.OK ? ExitCodes.UNREADABLE : code;
  }

  private static boolean closedPipe(IOException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("Broken pipe") || m.contains("Stream closed");
  }

  private void guard() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
