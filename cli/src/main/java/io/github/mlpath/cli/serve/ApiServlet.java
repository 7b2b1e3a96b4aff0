package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.core.AmbiguousTopicException;
import io.github.mlpath.core.CurriculumException;
import io.github.mlpath.core.UnknownTopicException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * HTTP for the {@link Api}: {@code GET /api/ROUTE?params} answers JSON; any other method is 405; an
 * unknown route 404; a bad parameter or an ambiguous name 400; an unknown topic 404 with the
 * closest ids. Errors are JSON objects with an {@code error} message.
 */
final class ApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Api api;

  ApiServlet(Api api) {
    this.api = api;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String route = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
    var op = api.route(route);
    if (op.isEmpty()) {
      error(
          res,
          404,
          "no API route '"
              + route
              + "'; try path, need, next, why, used-for, topic, search, map, assess");
      return;
    }
    if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
      res.setHeader("Allow", "GET, HEAD");
      error(res, 405, "the API is read-only: use GET");
      return;
    }
    Object answer;
    try {
      answer = op.get().apply(new ApiParams(req.getParameterMap()));
    } catch (ApiParams.BadParameter | AmbiguousTopicException e) {
      error(res, 400, e.getMessage());
      return;
    } catch (UnknownTopicException e) {
      var body = Json.object().put("error", e.getMessage());
      e.suggestions().forEach(body.putArray("suggestions")::add);
      send(res, 404, Json.compact(body));
      return;
    } catch (CurriculumException e) {
      error(res, 422, e.getMessage());
      return;
    }
    send(res, 200, Json.compact(answer));
  }

  private static void error(HttpServletResponse res, int status, String message)
      throws IOException {
    send(res, status, Json.compact(Json.object().put("error", message)));
  }

  private static void send(HttpServletResponse res, int status, byte[] bytes) throws IOException {
    res.setStatus(status);
    res.setContentType("application/json");
    res.setCharacterEncoding("utf-8");
    res.setContentLength(bytes.length);
    res.getOutputStream().write(bytes);
  }
}
