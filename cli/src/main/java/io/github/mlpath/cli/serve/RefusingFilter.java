package io.github.mlpath.cli.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A filter that lets a request through or refuses it with a status and a JSON error ({@link
 * ErrorAnswer}) before any servlet runs; each subclass says only when and why it refuses.
 */
abstract class RefusingFilter implements Filter {

  /** Why a request is refused: its status, the message, and any headers the answer needs. */
  record Refusal(int status, String message, Map<String, String> headers) {
    Refusal(int status, String message) {
      this(status, message, Map.of());
    }
  }

  /** The refusal of {@code req}, or empty to let it through. */
  abstract Optional<Refusal> refusal(HttpServletRequest req);

  @Override
  public final void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Optional<Refusal> refused = refusal((HttpServletRequest) req);
    if (refused.isEmpty()) {
      chain.doFilter(req, res);
      return;
    }
    HttpServletResponse http = (HttpServletResponse) res;
    Refusal r = refused.get();
    r.headers().forEach(http::setHeader);
    ErrorAnswer.send(http, r.status(), r.message());
  }
}
