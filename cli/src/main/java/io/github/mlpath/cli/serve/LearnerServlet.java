package io.github.mlpath.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.request.Failure;
import io.github.mlpath.core.UnknownTopicException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * HTTP for the learner routes that are not operations: {@code GET /api/profile} reads; {@code POST
 * /api/profile/learned}, {@code /unlearn}, {@code /goals}, {@code /prefs}, {@code /assess} (the
 * quiz on the profile, saved on request) and {@code /api/review} (which {@link ApiServlet} passes
 * on; its GET, like {@code /api/status}, is an operation) take a JSON body and pass {@link
 * WriteGuard} first. Answers are one-line JSON of core records; errors are {@code {"error": ...}}
 * with the status of their {@link Failure}: 400 (bad body), 404 (unknown topic, with suggestions),
 * 405, 409 (a change the profile does not allow, such as reviewing a topic never learned) or 422 (a
 * profile on the server that does not parse).
 */
final class LearnerServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper READER = new ObjectMapper();

  private final transient Map<String, Supplier<Object>> reads;
  private final transient Map<String, Function<JsonNode, Object>> writes;
  private final transient WriteGuard guard;

  LearnerServlet(LearnerApi api, WriteGuard guard) {
    this.guard = guard;
    this.reads = Map.of("/api/profile", api::profile);
    this.writes =
        Map.of(
            "/api/profile/learned",
            api::learned,
            "/api/profile/unlearn",
            api::unlearn,
            "/api/profile/goals",
            api::goals,
            "/api/profile/prefs",
            api::prefs,
            "/api/profile/assess",
            api::assess,
            "/api/review",
            api::reviewed);
  }

  /** Whether {@code route} (such as {@code /api/review}) is one of the writes served here. */
  boolean writes(String route) {
    return writes.containsKey(route);
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String route = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    String method = req.getMethod();
    boolean read = reads.containsKey(route);
    boolean write = writes.containsKey(route);
    if (!read && !write) {
      error(res, 404, "no API route '" + route + "'");
      return;
    }
    if (read && (method.equals("GET") || method.equals("HEAD"))) {
      answer(res, reads.get(route)::get);
      return;
    }
    if (write && method.equals("POST")) {
      byte[] body;
      try {
        body = guard.body(req);
      } catch (WriteGuard.Refused r) {
        error(res, r.refusal.status(), r.refusal.message());
        return;
      }
      JsonNode json;
      try {
        json = body.length == 0 ? READER.createObjectNode() : READER.readTree(body);
      } catch (JsonProcessingException e) {
        error(res, 400, "the body is not JSON: " + e.getOriginalMessage());
        return;
      }
      answer(res, () -> writes.get(route).apply(json == null ? READER.createObjectNode() : json));
      return;
    }
    res.setHeader("Allow", read && write ? "GET, HEAD, POST" : read ? "GET, HEAD" : "POST");
    error(res, 405, route + " takes " + res.getHeader("Allow"));
  }

  private static void answer(HttpServletResponse res, Supplier<Object> op) throws IOException {
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
      send(
          res,
          failure.httpStatus(),
          Json.compact(new ApiServlet.ApiError(e.getMessage(), suggestions)));
      return;
    }
    send(res, 200, Json.compact(answer));
  }

  private static void error(HttpServletResponse res, int status, String message)
      throws IOException {
    send(res, status, Json.compact(new ApiServlet.ApiError(message, Optional.empty())));
  }

  private static void send(HttpServletResponse res, int status, byte[] bytes) throws IOException {
    res.setStatus(status);
    res.setContentType("application/json");
    res.setCharacterEncoding("utf-8");
    res.setContentLength(bytes.length);
    res.getOutputStream().write(bytes);
  }
}
