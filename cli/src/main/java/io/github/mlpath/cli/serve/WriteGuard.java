package io.github.mlpath.cli.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks every request that may change a profile passes, in this order, each refusal with its
 * status and a message that says what to do:
 *
 * <ol>
 *   <li>from another machine: 403, unless the server allows remote writes, and then 401 without
 *       {@code Authorization: Bearer TOKEN};
 *   <li>without the header {@code X-Mlpath-Write: 1}: 403 (a form or a plain link on another site
 *       cannot send it, and a script there cannot without a CORS preflight this server refuses);
 *   <li>a body that is not {@code Content-Type: application/json}: 415;
 *   <li>an {@code Origin} that is neither this server nor the {@code --cors} origin: 403;
 *   <li>a body over {@link #MAX_BODY} bytes: 413.
 * </ol>
 */
final class WriteGuard {
  /** The largest body a profile request may have: 64 KiB. */
  static final int MAX_BODY = 64 * 1024;

  /** The header a write must carry. */
  static final String HEADER = "X-Mlpath-Write";

  private final WritePolicy policy;
  private final Optional<String> cors;

  WriteGuard(WritePolicy policy, Optional<String> cors) {
    this.policy = policy;
    this.cors = cors;
  }

  /** A refused request: its status and why. */
  record Refusal(int status, String message) {}

  /** Thrown when a request is refused. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Refusal refusal;

    Refused(int status, String message) {
      super(message);
      this.refusal = new Refusal(status, message);
    }
  }

  /**
   * The body of an allowed write.
   *
   * @throws Refused when a check fails
   */
  byte[] body(HttpServletRequest req) throws Refused, IOException {
    if (!local(req) && !policy.authorizes(req.getHeader("Authorization"))) {
      if (policy.remoteToken().isEmpty()) {
        throw new Refused(
            403,
            "this server changes profiles only for clients on its own machine; start it with"
                + " --allow-remote-writes to let others write with a token");
      }
      throw new Refused(401, "writes from another machine need Authorization: Bearer TOKEN");
    }
    if (!"1".equals(req.getHeader(HEADER))) {
      throw new Refused(403, "a write needs the header " + HEADER + ": 1");
    }
    String type = req.getContentType();
    if (type == null
        || !type.toLowerCase(Locale.ROOT).split(";")[0].strip().equals("application/json")) {
      throw new Refused(415, "a write's body must be JSON, with Content-Type: application/json");
    }
    String origin = req.getHeader("Origin");
    if (origin != null && !origin.equals(self(req)) && !cors.map(origin::equals).orElse(false)) {
      throw new Refused(403, "writes from the page at " + origin + " are not allowed");
    }
    return read(req.getInputStream());
  }

  private static boolean local(HttpServletRequest req) {
    try {
      return InetAddress.getByName(req.getRemoteAddr()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** This server's own origin as the request names it: scheme://Host. */
  private static String self(HttpServletRequest req) {
    return req.getScheme() + "://" + req.getHeader("Host");
  }

  private static byte[] read(InputStream in) throws Refused, IOException {
    byte[] body = in.readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      throw new Refused(413, "a profile request's body may be at most " + MAX_BODY + " bytes");
    }
    return body;
  }
}
