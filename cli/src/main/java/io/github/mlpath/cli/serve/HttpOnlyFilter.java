package io.github.mlpath.cli.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A filter of the server's HTTP exchanges, written on the HTTP types: the casts are made here. */
interface HttpOnlyFilter extends Filter {
  /** Handles one exchange: answers it, or passes it (or a wrapper of it) down {@code chain}. */
  void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException;

  @Override
  default void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    filter((HttpServletRequest) req, (HttpServletResponse) res, chain);
  }
}
