package io.github.mlpath.cli.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses the methods no route of {@code mlpath serve} owns: TRACE (which would echo the request
 * back) and OPTIONS (a CORS preflight for the configured origin is answered before this filter),
 * and anything unknown, with 405 and JSON. Routes still refuse the methods they do not take.
 */
final class MethodFilter implements RefusingFilter {
  /** The methods any route answers; each route narrows them further. */
  static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH");

  @Override
  public Optional<Refusal> refusal(HttpServletRequest req) {
    String method = req.getMethod();
    if (KNOWN.contains(method)) {
      return Optional.empty();
    }
    return Optional.of(
        new Refusal(
            405, "method " + method + " is not allowed here", Map.of("Allow", "GET, HEAD, POST")));
  }
}
