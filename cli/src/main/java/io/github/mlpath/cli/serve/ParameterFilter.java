package io.github.mlpath.cli.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Reads a request's parameters (query string and form body) before any servlet does, so that a
 * request Jetty cannot parse (more than its 1,000 form keys, a bad percent-encoding such as {@code
 * %zz}) is answered 400 with JSON instead of a 500 or an HTML page from deep inside Fuseki. Bodies
 * are already bounded by {@link BodyLimitFilter}, which runs first.
 */
final class ParameterFilter implements RefusingFilter {
  @Override
  public Optional<Refusal> refusal(HttpServletRequest req) {
    try {
      req.getParameterMap();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(
          new Refusal(
              400,
              "cannot read the request's parameters: "
                  + ErrorAnswer.userMessage(400, deepestMessage(e))
                  + " (at most 1000 form fields, and % must start a valid escape)"));
    }
  }

  private static String deepestMessage(Throwable e) {
    String message = e.getMessage();
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c.getMessage() != null) {
        message = c.getMessage();
      }
    }
    return message;
  }
}
