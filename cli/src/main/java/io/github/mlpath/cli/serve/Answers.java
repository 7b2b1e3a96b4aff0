package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.request.Failure;
import io.github.mlpath.core.UnknownTopicException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How every API route answers: a record as one line of JSON with 200, an error as {@code {"error":
 * ..., "suggestions": [...]}} with the status of its {@link Failure}.
 */
final class Answers {
  private Answers() {}

  /** Answers with what {@code op} gives, or with the error it throws (rethrown if internal). */
  static void answer(HttpServletResponse res, Supplier<?> op) throws IOException {
    Object answer;
    try {
      answer = op.get();
    } catch (RuntimeException e) {
      Failure failure = Failure.of(e);
      if (failure == Failure.INTERNAL) {
        throw e;
      }
      Optional<List<String>> suggestions =
          e instanceof UnknownTopicException u ? Optional.of(u.suggestions()) : Optional.empty();
      send(res, failure.httpStatus(), new ApiServlet.ApiError(e.getMessage(), suggestions));
      return;
    }
    send(res, 200, answer);
  }

  /** Answers {@code status} with {@code message} as the error. */
  static void error(HttpServletResponse res, int status, String message) throws IOException {
    send(res, status, new ApiServlet.ApiError(message, Optional.empty()));
  }

  /** Answers {@code status} with {@code answer} as one line of JSON. */
  static void send(HttpServletResponse res, int status, Object answer) throws IOException {
    byte[] bytes = Json.compact(answer);
    res.setStatus(status);
    res.setContentType("application/json");
    res.setCharacterEncoding("utf-8");
    res.setContentLength(bytes.length);
    res.getOutputStream().write(bytes);
  }
}
