package io.github.mlpath.cli.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a request that could change something (any method but GET and HEAD) when a browser says
 * it comes from another site: an {@code Origin} that is neither this server (the request's own
 * {@code Host}) nor the {@code --cors} origin, or {@code Sec-Fetch-Site: cross-site}. Without it a
 * page on any site could post a form to a loopback server (the {@code Host} would be the server's
 * own, so {@link HostFilter} lets it through). It runs for every path, so every write route, now or
 * later, has it. Answers 403 with JSON; clients that are not browsers (curl, scripts) send no
 * {@code Origin} and pass.
 *
 * @param cors the origin given with {@code --cors}, whose pages may write too
 */
record OriginFilter(Optional<String> cors) implements RefusingFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD");
  private static final Refusal CROSS_SITE =
      new Refusal(
          403,
          "a request from another site cannot change anything here (its Origin is not this"
              + " server's)");

  @Override
  public Optional<Refusal> refusal(HttpServletRequest req) {
    boolean refused = !SAFE.contains(req.getMethod()) && crossSite(req);
    return refused ? Optional.of(CROSS_SITE) : Optional.empty();
  }

  private boolean crossSite(HttpServletRequest req) {
    String origin = req.getHeader("Origin");
    if (origin != null) {
      return !(cors.isPresent() && cors.get().equals(origin))
          && !sameAuthority(origin, req.getHeader("Host"));
    }
    return "cross-site".equalsIgnoreCase(req.getHeader("Sec-Fetch-Site"));
  }

  /**
   * Whether {@code origin} (scheme://host[:port]) names the server the {@code Host} header does; a
   * {@code Host} without a port has the origin's standard one (as behind a TLS proxy).
   */
  static boolean sameAuthority(String origin, String host) {
    if (host == null) {
      return false;
    }
    try {
      URI o = new URI(origin.strip());
      String scheme = o.getScheme() == null ? "" : o.getScheme().toLowerCase(Locale.ROOT);
      if (o.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
        return false;
      }
      int standard = scheme.equals("https") ? 443 : 80;
      int port = o.getPort() < 0 ? standard : o.getPort();
      URI h = new URI("http://" + host.strip());
      int hostPort = h.getPort() < 0 ? standard : h.getPort();
      return h.getHost() != null
          && o.getHost().toLowerCase(Locale.ROOT).equals(h.getHost().toLowerCase(Locale.ROOT))
          && port == hostPort;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
