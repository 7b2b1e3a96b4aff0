package io.github.mlpath.cli.serve;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * How {@code mlpath serve} listens. Immutable.
 *
 * @param host the address to bind; {@code 127.0.0.1} unless the user says otherwise
 * @param port the port; 0 for any free port
 * @param timeout the longest a SPARQL query may run before it is answered with 503
 * @param cors the one origin allowed to read answers from a browser, if any
 * @param maxBody the largest request body accepted, in bytes; larger ones get 413
 * @param allowedHosts host names answered besides {@code localhost} and IP addresses (the {@code
 *     Host} header of any other name gets 421)
 */
public record ServerConfig(
    String host,
    int port,
    Duration timeout,
    Optional<String> cors,
    long maxBody,
    Set<String> allowedHosts) {
  /** 1 MiB. */
  public static final long DEFAULT_MAX_BODY = 1L << 20;

  public ServerConfig {
    allowedHosts = Set.copyOf(allowedHosts);
  }

  /** A configuration that answers no host names besides {@code localhost} and IP addresses. */
  public ServerConfig(
      String host, int port, Duration timeout, Optional<String> cors, long maxBody) {
    this(host, port, timeout, cors, maxBody, Set.of());
  }

  /** Loopback, the given port, a 10 s timeout, no CORS, 1 MiB bodies, no extra host names. */
  public static ServerConfig loopback(int port) {
    return new ServerConfig(
        "127.0.0.1", port, Duration.ofSeconds(10), Optional.empty(), DEFAULT_MAX_BODY, Set.of());
  }
}
