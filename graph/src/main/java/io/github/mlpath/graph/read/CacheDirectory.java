package io.github.mlpath.graph.read;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the snapshot cache lives: {@code $MLPATH_CACHE_DIR} (or the system property {@code
 * mlpath.cache.dir}), else {@code $XDG_CACHE_HOME/mlpath}, else {@code ~/.cache/mlpath}. The value
 * {@code off} turns the cache off.
 */
public final class CacheDirectory {
  /** The environment variable that moves the cache, or turns it off with {@code off}. */
  public static final String ENV = "MLPATH_CACHE_DIR";

  private CacheDirectory() {}

  /** The cache folder, or empty when the cache is off. */
  public static Optional<Path> resolve() {
    String explicit = System.getProperty("mlpath.cache.dir", System.getenv(ENV));
    if (explicit != null && !explicit.isBlank()) {
      return explicit.strip().equals("off") ? Optional.empty() : Optional.of(Path.of(explicit));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "mlpath"));
    }
    String home = System.getProperty("user.home");
    return home == null ? Optional.empty() : Optional.of(Path.of(home, ".cache", "mlpath"));
  }
}
