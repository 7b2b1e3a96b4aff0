package io.github.mlpath.cli.serve;

import java.time.Duration;
import java.util.Optional;

/**
 * How {@code mlpath serve} listens. Immutable.
 *
 * @param host the address to bind; {@code 127.0.0.1} unless the user says otherwise
 * @param port the port; 0 for any free port
 * @param timeout the longest a SPARQL query may run before it is answered with 503
 * @param cors the one origin allowed to read answers from a browser, if any
 * @param maxBody the largest request body accepted, in bytes; larger ones get 413
 */
public record ServerConfig(
    String host, int port, Duration timeout, Optional<String> cors, long maxBody) {
  /** 1 MiB. */
  public static final long DEFAULT_MAX_BODY = 1L << 20;

  /** Loopback, the given port, a 10 s timeout, no CORS, 1 MiB bodies. */
  public static ServerConfig loopback(int port) {
    return new ServerConfig(
        "127.0.0.1", port, Duration.ofSeconds(10), Optional.empty(), DEFAULT_MAX_BODY);
  }
}
