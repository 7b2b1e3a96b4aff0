package io.github.mlpath.cli.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets one origin, and only that one, read answers from a browser: the CORS headers are sent only
 * when the request's {@code Origin} is exactly the configured origin. Preflights get 204.
 *
 * @param origin the one origin whose pages may read answers, such as {@code http://localhost:3000}
 */
record CorsFilter(String origin) implements HttpOnlyFilter {

  @Override
  public void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (origin.equals(req.getHeader("Origin"))) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Vary", "Origin");
      if ("OPTIONS".equals(req.getMethod())) {
        res.setHeader("Access-Control-Allow-Methods", "GET, POST");
        res.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept");
        res.setStatus(204);
        return;
      }
    }
    chain.doFilter(req, res);
  }
}
