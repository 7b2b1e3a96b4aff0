package io.github.mlpath.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlpath.cli.request.Failure;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * HTTP for the learner routes that are not operations yet: {@code GET /api/profile} reads; {@code
 * POST /api/profile/assess} (the quiz on the profile, saved on request) takes a JSON body and
 * passes {@link WriteGuard} first. (The changes that are operations, such as {@code POST
 * /api/learned}, are {@link ApiServlet}'s.) Answers are one-line JSON of core records; errors are
 * {@code {"error": ...}} with the status of their {@link Failure}: 400 (bad body), 404 (unknown
 * topic, with suggestions), 405, 409 (a change the profile does not allow) or 422 (a profile on the
 * server that does not parse).
 */
final class LearnerServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, Supplier<Object>> reads;
  private final transient Map<String, Function<JsonNode, Object>> writes;
  private final transient WriteGuard guard;

  LearnerServlet(LearnerApi api, WriteGuard guard) {
    this.guard = guard;
    this.reads = Map.of("/api/profile", api::profile);
    this.writes = Map.of("/api/profile/assess", api::assess);
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String route = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    String method = req.getMethod();
    boolean read = reads.containsKey(route);
    boolean write = writes.containsKey(route);
    if (!read && !write) {
      Answers.error(res, 404, "no API route '" + route + "'");
      return;
    }
    if (read && (method.equals("GET") || method.equals("HEAD"))) {
      Answers.answer(res, reads.get(route)::get);
      return;
    }
    if (write && method.equals("POST")) {
      byte[] body;
      try {
        body = guard.body(req);
      } catch (WriteGuard.Refused r) {
        Answers.error(res, r.refusal.status(), r.refusal.message());
        return;
      }
      Answers.answer(res, () -> writes.get(route).apply(JsonBody.parse(body)));
      return;
    }
    res.setHeader("Allow", read && write ? "GET, HEAD, POST" : read ? "GET, HEAD" : "POST");
    Answers.error(res, 405, route + " takes " + res.getHeader("Allow"));
  }
}
