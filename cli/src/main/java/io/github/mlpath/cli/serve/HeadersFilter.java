package io.github.mlpath.cli.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Puts the {@link SecurityHeaders} on every answer, before anything else runs. */
final class HeadersFilter implements HttpOnlyFilter {
  @Override
  public void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(res::setHeader);
    chain.doFilter(req, res);
  }
}
