package io.github.mlpath.cli.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every answer of {@code mlpath serve} carries, so a browser treats it as a service and
 * not as something to sniff, frame or leak: {@code X-Content-Type-Options: nosniff}, {@code
 * X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer} and a Content-Security-Policy.
 *
 * <p>The default policy, {@link #DEFAULT_CSP}, fits a page whose scripts and styles are files
 * served by the server itself (no inline script or style, nothing from another host) and any JSON
 * answer. A page that needs inline script or style, such as the map of {@code export --format
 * html}, sets its own policy with {@link #cspFor(String)}, which allows exactly its inline blocks
 * by their SHA-256 hashes.
 */
public final class SecurityHeaders {
  /** Scripts, styles, images and requests from this server only; no frames, no plugins. */
  public static final String DEFAULT_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final Pattern INLINE =
      Pattern.compile("<(script|style)(\\s[^>]*)?>(.*?)</\\1>", Pattern.DOTALL);

  private SecurityHeaders() {}

  /** Sets the headers through {@code header} (name, value), with the default policy. */
  public static void apply(BiConsumer<String, String> header) {
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("X-Frame-Options", "DENY");
    header.accept("Referrer-Policy", "no-referrer");
    header.accept("Content-Security-Policy", DEFAULT_CSP);
  }

  /**
   * The policy for one HTML page: the default, with each of its inline {@code <script>} and {@code
   * <style>} blocks allowed by hash (data blocks, {@code type="application/json"}, need none).
   */
  public static String cspFor(String html) {
    List<String> scripts = new ArrayList<>();
    List<String> styles = new ArrayList<>();
    Matcher m = INLINE.matcher(html);
    while (m.find()) {
      String attrs = m.group(2) == null ? "" : m.group(2);
      if (m.group(1).equals("style")) {
        styles.add(hash(m.group(3)));
      } else if (!attrs.contains("application/json") && !attrs.contains("src=")) {
        scripts.add(hash(m.group(3)));
      }
    }
    return DEFAULT_CSP
        .replace("script-src 'self'", "script-src 'self'" + sources(scripts))
        .replace("style-src 'self'", "style-src 'self'" + sources(styles));
  }

  private static String sources(List<String> hashes) {
    StringBuilder b = new StringBuilder();
    hashes.forEach(h -> b.append(" 'sha256-").append(h).append('\''));
    return b.toString();
  }

  private static String hash(String content) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
