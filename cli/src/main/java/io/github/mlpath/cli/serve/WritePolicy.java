package io.github.mlpath.cli.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may change a profile over HTTP. Immutable. By default only clients on this machine
 * (loopback); with {@code --allow-remote-writes}, also others that send {@code Authorization:
 * Bearer TOKEN}.
 *
 * @param remoteToken the token remote writers must send; empty: no remote writes
 */
public record WritePolicy(Optional<String> remoteToken) {
  /** The shortest token accepted. */
  public static final int MIN_TOKEN = 16;

  /** Writes from this machine only. */
  public static final WritePolicy LOOPBACK_ONLY = new WritePolicy(Optional.empty());

  public WritePolicy {
    Objects.requireNonNull(remoteToken, "remoteToken");
    remoteToken.ifPresent(
        t -> {
          if (t.length() < MIN_TOKEN) {
            throw new IllegalArgumentException(
                "the write token must be at least " + MIN_TOKEN + " characters");
          }
        });
  }

  /**
   * Whether {@code authorization} (the header's value) carries the token, compared in constant
   * time.
   */
  boolean authorizes(String authorization) {
    if (remoteToken.isEmpty() || authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, remoteToken.get().getBytes(StandardCharsets.UTF_8));
  }
}
