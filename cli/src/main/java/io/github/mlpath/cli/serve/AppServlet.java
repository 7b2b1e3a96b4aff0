package io.github.mlpath.cli.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's web app: {@code GET /} (and {@code /index.html}) is its page, {@code /app/NAME} its
 * scripts and style sheets, read once from the jar. Only the files listed here are served (nothing
 * is looked up from the request's path), so no request reaches another file; anything else is 404.
 * The page loads nothing but these files and the JSON API, which the server's
 * Content-Security-Policy ({@link SecurityHeaders#CSP}, on every answer) states.
 */
final class AppServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final String APP = "/io/github/mlpath/cli/serve/app/";

  /** One file of the app, in memory. */
  private record Asset(String type, byte[] bytes) {}

  private final transient Map<String, Asset> assets = new LinkedHashMap<>();

  /**
   * @param serverProfile whether the server has the learner routes: the page then keeps the
   *     learner's profile there rather than in the browser
   */
  AppServlet(boolean serverProfile) {
    String html = "text/html; charset=utf-8";
    String js = "text/javascript; charset=utf-8";
    String css = "text/css; charset=utf-8";
    Asset page = asset(APP + "index.html", html);
    if (serverProfile) {
      String text = new String(page.bytes(), StandardCharsets.UTF_8);
      String browser = "<meta name=\"mlpath-profile\" content=\"browser\">";
      if (!text.contains(browser)) {
        throw new IllegalStateException("index.html must say where the profile is kept");
      }
      text = text.replace(browser, "<meta name=\"mlpath-profile\" content=\"server\">");
      page = new Asset(html, text.getBytes(StandardCharsets.UTF_8));
    }
    assets.put("/", page);

    assets.put("/index.html", assets.get("/"));
    for (String name : new String[] {"app.css", "print.css", "map.css"}) {
      assets.put("/app/" + name, asset(APP + name, css));
    }
    for (String name : new String[] {"track.js", "api.js", "map.js", "app.js"}) {
      assets.put("/app/" + name, asset(APP + name, js));
    }
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Optional<Asset> asset = Optional.ofNullable(assets.get(req.getRequestURI()));
    if (asset.isEmpty()) {
      res.sendError(404);
      return;
    }
    if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
      res.setHeader("Allow", "GET, HEAD");
      res.sendError(405);
      return;
    }
    byte[] bytes = asset.get().bytes();
    res.setStatus(200);
    res.setContentType(asset.get().type());
    res.setHeader("Cache-Control", "no-cache");
    res.setContentLength(bytes.length);
    if (req.getMethod().equals("GET")) {
      res.getOutputStream().write(bytes);
    }
  }

  private static Asset asset(String resource, String type) {
    try (InputStream in = AppServlet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      return new Asset(type, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
