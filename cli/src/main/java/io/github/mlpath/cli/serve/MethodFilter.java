package io.github.mlpath.cli.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses the methods no route of {@code mlpath serve} owns: TRACE (which would echo the request
 * back) and OPTIONS (a CORS preflight for the configured origin is answered before this filter),
 * and anything unknown, with 405 and JSON. Routes still refuse the methods they do not take.
 */
final class MethodFilter implements Filter {
  /** The methods any route answers; each route narrows them further. */
  static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH");

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String method = ((HttpServletRequest) req).getMethod();
    if (!KNOWN.contains(method)) {
      HttpServletResponse http = (HttpServletResponse) res;
      http.setHeader("Allow", "GET, HEAD, POST");
      ErrorAnswer.send(http, 405, "method " + method + " is not allowed here");
      return;
    }
    chain.doFilter(req, res);
  }
}
