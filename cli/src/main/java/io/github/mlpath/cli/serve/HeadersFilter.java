package io.github.mlpath.cli.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Puts the {@link SecurityHeaders} on every answer, before anything else runs. */
final class HeadersFilter implements Filter {
  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(((HttpServletResponse) res)::setHeader);
    chain.doFilter(req, res);
  }
}
