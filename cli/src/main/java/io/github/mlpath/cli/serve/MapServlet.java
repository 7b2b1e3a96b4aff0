package io.github.mlpath.cli.serve;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.export.ExportFormat;
import io.github.mlpath.graph.export.Exporter;
import io.github.mlpath.graph.export.Selection;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /}: the interactive map of the whole curriculum, the same page as {@code mlpath export
 * --format html}, rendered once when the server starts, with a Content-Security-Policy that allows
 * its inline script and style by hash. Any other path under it is 404.
 */
final class MapServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final byte[] page;
  private final String csp;

  MapServlet(Curriculum curriculum) {
    StringWriter out = new StringWriter();
    Exporter.write(curriculum, Selection.all(curriculum), ExportFormat.HTML, out);
    this.page = out.toString().getBytes(StandardCharsets.UTF_8);
    this.csp = SecurityHeaders.cspFor(out.toString());
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getRequestURI();
    if (!path.equals("/") && !path.equals("/index.html")) {
      res.sendError(404);
      return;
    }
    if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
      res.setHeader("Allow", "GET, HEAD");
      res.sendError(405);
      return;
    }
    res.setStatus(200);
    res.setHeader("Content-Security-Policy", csp);
    res.setContentType("text/html; charset=utf-8");
    res.setContentLength(page.length);
    if (req.getMethod().equals("GET")) {
      res.getOutputStream().write(page);
    }
  }
}
