package io.github.mlpath.cli.render;

import io.github.mlpath.graph.ReadProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for long reads, redrawn in place on a terminal's standard error: triples
 * read, their rate and, when the size of the input is known, how far it is and the time left. It
 * appears only once a read has taken {@value #QUIET_MILLIS} ms, is redrawn at most every {@value
 * #REDRAW_MILLIS} ms, and is erased when the read ends.
 */
public final class ProgressBar implements ReadProgress {
  static final long QUIET_MILLIS = 1000;
  static final long REDRAW_MILLIS = 200;
  private static final int WIDTH = 20;

  private final PrintWriter err;
  private final LongSupplier nanos;
  private long started = -1;
  private long drawn;
  private boolean shown;

  /** A bar on {@code err}, timed by {@code nanos} ({@code System::nanoTime}). */
  public ProgressBar(PrintWriter err, LongSupplier nanos) {
    this.err = err;
    this.nanos = nanos;
  }

  @Override
  public synchronized void update(String source, long triples, long bytesRead, long totalBytes) {
    long now = nanos.getAsLong();
    if (started < 0) {
      started = now;
    }
    long elapsedMs = (now - started) / 1_000_000;
    if (elapsedMs < QUIET_MILLIS || (shown && (now - drawn) / 1_000_000 < REDRAW_MILLIS)) {
      return;
    }
    drawn = now;
    shown = true;
    err.print("\r\u001b[K" + line(source, triples, bytesRead, totalBytes, elapsedMs));
    err.flush();
  }

  @Override
  public synchronized void finish() {
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
    }
    started = -1;
    shown = false;
  }

  /** The bar's text, without control characters. */
  static String line(String source, long triples, long bytes, long total, long elapsedMs) {
    double seconds = Math.max(elapsedMs, 1) / 1000.0;
    StringBuilder b = new StringBuilder("reading ").append(Terminal.safe(shortName(source)));
    if (total > 0 && bytes <= total) {
      double done = (double) bytes / total;
      int full = (int) Math.round(done * WIDTH);
      b.append(" [").append("#".repeat(full)).append(".".repeat(WIDTH - full)).append("] ");
      b.append(String.format(Locale.ROOT, "%.0f%%", done * 100));
    }
    b.append(String.format(Locale.ROOT, " %,d triples, %,.0f/s", triples, triples / seconds));
    if (total > 0 && bytes > 0 && bytes <= total) {
      long left = Math.round(seconds * (total - bytes) / bytes);
      b.append(String.format(Locale.ROOT, ", about %d:%02d left", left / 60, left % 60));
    }
    return b.toString();
  }

  private static String shortName(String source) {
    int slash = source.lastIndexOf('/');
    return slash < 0 ? source : source.substring(slash + 1);
  }
}
