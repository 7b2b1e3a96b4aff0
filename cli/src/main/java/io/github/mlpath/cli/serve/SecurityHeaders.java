package io.github.mlpath.cli.serve;

import java.util.function.BiConsumer;

/**
 * The headers every answer of {@code mlpath serve} carries, so a browser treats it as a service and
 * not as something to sniff, frame or leak: {@code X-Content-Type-Options: nosniff}, {@code
 * X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer} and a Content-Security-Policy.
 *
 * <p>The policy, {@link #CSP}, fits the web app at {@code /} (its scripts and styles are files the
 * server serves: no inline script or style, nothing from another host) and every JSON answer. A
 * page with inline script would have to allow it by hash, never with {@code 'unsafe-inline'}.
 */
public final class SecurityHeaders {
  /** Scripts, styles, images and requests from this server only; no frames, no plugins. */
  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** Sets the headers through {@code header} (name, value). */
  public static void apply(BiConsumer<String, String> header) {
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("X-Frame-Options", "DENY");
    header.accept("Referrer-Policy", "no-referrer");
    header.accept("Content-Security-Policy", CSP);
  }
}
