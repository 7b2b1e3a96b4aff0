package io.github.mlpath.cli.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A filter that lets a request through or refuses it with a status and a JSON error ({@link
 * ErrorAnswer}) before any servlet runs; each one says only when and why it refuses.
 */
interface RefusingFilter extends HttpOnlyFilter {

  /** Why a request is refused: its status, the message, and any headers the answer needs. */
  record Refusal(int status, String message, Map<String, String> headers) {
    Refusal(int status, String message) {
      this(status, message, Map.of());
    }
  }

  /** The refusal of {@code req}, or empty to let it through. */
  Optional<Refusal> refusal(HttpServletRequest req);

  @Override
  default void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Optional<Refusal> refused = refusal(req);
    if (refused.isEmpty()) {
      chain.doFilter(req, res);
      return;
    }
    Refusal r = refused.get();
    r.headers().forEach(res::setHeader);
    ErrorAnswer.send(res, r.status(), r.message());
  }
}
