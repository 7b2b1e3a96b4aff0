package io.github.mlpath.cli.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over a limit with 413 before anything parses them: at once when the
 * declared length is over, and for a body of unknown length (chunked) after reading at most one
 * byte past the limit. A body within the limit is handed on from memory.
 *
 * @param max the largest body taken, in bytes
 */
record BodyLimitFilter(long max) implements HttpOnlyFilter {

  @Override
  public void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long declared = req.getContentLengthLong();
    if (declared > max) {
      tooLarge(res);
      return;
    }
    if (declared < 0 && req.getHeader("Transfer-Encoding") != null) {
      byte[] body = readAtMost(req.getInputStream(), max + 1);
      if (body.length > max) {
        tooLarge(res);
        return;
      }
      chain.doFilter(new Buffered(req, body), res);
      return;
    }
    chain.doFilter(req, res);
  }

  private void tooLarge(HttpServletResponse res) throws IOException {
    res.setStatus(413);
    res.setContentType("text/plain;charset=utf-8");
    res.setHeader("Connection", "close");
    res.getWriter().println("request body larger than " + max + " bytes");
  }

  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
  }

  /** A request whose body has been read into memory. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest req, byte[] body) {
      super(req);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener l) {
          throw new UnsupportedOperationException("blocking reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String cs = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              new ByteArrayInputStream(body),
              cs == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(cs)));
    }
  }
}
