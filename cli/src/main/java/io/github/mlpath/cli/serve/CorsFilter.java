package io.github.mlpath.cli.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets one origin, and only that one, read answers from a browser: the CORS headers are sent only
 * when the request's {@code Origin} is exactly the configured origin. Preflights get 204.
 */
final class CorsFilter implements Filter {
  private final String origin;

  CorsFilter(String origin) {
    this.origin = origin;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) req;
    HttpServletResponse out = (HttpServletResponse) res;
    if (origin.equals(http.getHeader("Origin"))) {
      out.setHeader("Access-Control-Allow-Origin", origin);
      out.setHeader("Vary", "Origin");
      if ("OPTIONS".equals(http.getMethod())) {
        out.setHeader("Access-Control-Allow-Methods", "GET, POST");
        out.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept");
        out.setStatus(204);
        return;
      }
    }
    chain.doFilter(req, res);
  }
}
