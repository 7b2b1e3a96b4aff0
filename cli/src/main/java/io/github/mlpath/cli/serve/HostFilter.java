package io.github.mlpath.cli.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Answers only requests whose {@code Host} names this server, so a web page on another site cannot
 * read it through DNS rebinding (its requests carry the attacker's host name). Allowed: any IP
 * address literal (rebinding needs a name), {@code localhost}, and the names configured with {@code
 * --allow-host}. Anything else gets 421 (Misdirected Request) before any servlet runs.
 *
 * @param names the host names given with {@code --allow-host}, in lower case
 */
record HostFilter(Set<String> names) implements RefusingFilter {
  private static final Refusal MISDIRECTED =
      new Refusal(
          421,
          "this server does not answer for that Host; start it with --allow-host NAME to add a"
              + " name");

  HostFilter {
    names =
        names.stream()
            .map(n -> n.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  @Override
  public Optional<Refusal> refusal(HttpServletRequest req) {
    String host = req.getHeader("Host");
    return host == null || allowed(hostName(host)) ? Optional.empty() : Optional.of(MISDIRECTED);
  }

  /** The host part of a {@code Host} header, without the port, lower case. */
  static String hostName(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(0, close + 1);
    }
    int colon = h.lastIndexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  boolean allowed(String name) {
    return name.equals("localhost") || isIpLiteral(name) || names.contains(name);
  }

  private static boolean isIpLiteral(String name) {
    return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || name.matches("\\[[0-9a-f:.]+\\]");
  }
}
