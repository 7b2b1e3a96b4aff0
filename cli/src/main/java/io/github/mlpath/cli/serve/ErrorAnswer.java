package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.render.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * An error answer of {@code mlpath serve}: always JSON, {@code {"error": "..."}}, whoever refuses
 * the request (a filter, a route, Fuseki or Jetty itself).
 */
final class ErrorAnswer {
  private ErrorAnswer() {}

  /** The JSON body for {@code message}. */
  static byte[] body(String message) {
    return Json.compact(new ApiServlet.ApiError(message, Optional.empty()));
  }

  /** Answers {@code status} with the message as JSON. */
  static void send(HttpServletResponse res, int status, String message) throws IOException {
    byte[] bytes = body(message);
    res.setStatus(status);
    res.setContentType("application/json");
    res.setCharacterEncoding("utf-8");
    res.setContentLength(bytes.length);
    res.getOutputStream().write(bytes);
  }

  /**
   * A message fit for a user: the text, unless it is empty or names Java internals (an exception
   * class, a stack frame); then the standard phrase for the status.
   */
  static String userMessage(int status, String message) {
    if (message == null
        || message.isBlank()
        || message.matches("(?s).*(Exception|java\\.|jakarta\\.|org\\.eclipse|\\tat ).*")) {
      return org.eclipse.jetty.http.HttpStatus.getMessage(status);
    }
    return message;
  }
}
