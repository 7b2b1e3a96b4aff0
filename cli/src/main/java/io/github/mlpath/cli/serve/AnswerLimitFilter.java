package io.github.mlpath.cli.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Stops a SPARQL answer at {@link #MAX_ANSWER} bytes: a query whose results would go on past it (a
 * cross product, a dump of a large store) has its answer cut and the connection closed, so the
 * client sees an incomplete answer, never a silently shortened one that looks whole, and the query
 * stops there instead of holding a thread and the line until its timeout.
 *
 * @param max the largest answer sent, in bytes
 */
record AnswerLimitFilter(long max) implements HttpOnlyFilter {
  /** 32 MiB: the whole bundled curriculum as SPARQL JSON is about a tenth of it. */
  static final long MAX_ANSWER = 32L << 20;

  @Override
  public void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Limited limited = new Limited(res, max);
    chain.doFilter(req, limited);
    if (limited.stream != null && limited.stream.over) {
      // Fuseki ends the action normally after a failed write; failing here makes Jetty abort the
      // connection, so the answer cannot end as if it were whole.
      throw new IOException("answer over " + max + " bytes cut");
    }
  }

  /** A response whose body may not grow past a limit. */
  private static final class Limited extends HttpServletResponseWrapper {
    private final long max;
    private Counting stream;

    Limited(HttpServletResponse res, long max) {
      super(res);
      this.max = max;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getOutputStream(), max);
      }
      return stream;
    }
  }

  /** Counts what passes and fails the write that would go past the limit. */
  private static final class Counting extends ServletOutputStream {
    private final ServletOutputStream out;
    private final long max;
    private long written;
    private boolean over;

    Counting(ServletOutputStream out, long max) {
      this.out = out;
      this.max = max;
    }

    private void reserve(int n) throws IOException {
      if (over || written + n > max) {
        over = true;
        throw new IOException("the answer is larger than " + max + " bytes; ask with a LIMIT");
      }
      written += n;
    }

    @Override
    public void write(int b) throws IOException {
      reserve(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      reserve(len);
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (!over) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (!over) {
        out.close();
      }
    }

    @Override
    public boolean isReady() {
      return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      out.setWriteListener(listener);
    }
  }
}
