package io.github.mlpath.cli.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Turns the plain-text error bodies Fuseki writes itself (a SPARQL syntax error with its line and
 * column, a refused query, a timeout) into the server's JSON errors, {@code {"error": "..."}}: an
 * answer whose status is 400 or more is held back and rewritten; any other passes through as it is
 * written.
 */
final class ErrorBodyFilter implements HttpOnlyFilter {
  /** The longest error text kept; Fuseki's are a few lines. */
  private static final int MAX_ERROR = 4096;

  @Override
  public void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Holding held = new Holding(res);
    chain.doFilter(req, held);
    held.finish();
  }

  /** A response that keeps the body of an error answer instead of sending it. */
  private static final class Holding extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream error = new ByteArrayOutputStream();
    private PrintWriter writer;

    Holding(HttpServletResponse res) {
      super(res);
    }

    private boolean failing() {
      return getStatus() >= 400 && !isCommitted();
    }

    @Override
    public void setContentType(String type) {
      if (!failing()) {
        super.setContentType(type);
      }
    }

    @Override
    public void setContentLength(int len) {
      if (!failing()) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!failing()) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!failing()) {
        return super.getOutputStream();
      }
      return new ServletOutputStream() {
        @Override
        public void write(int b) {
          if (error.size() < MAX_ERROR) {
            error.write(b);
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("errors are written blocking");
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!failing()) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return writer;
    }

    void finish() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (error.size() > 0 && !isCommitted()) {
        String text = error.toString(StandardCharsets.UTF_8).strip();
        ErrorAnswer.send(
            (HttpServletResponse) getResponse(),
            getStatus(),
            ErrorAnswer.userMessage(getStatus(), text));
      }
    }
  }
}
