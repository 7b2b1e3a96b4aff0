package io.github.mlpath.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * java.util.logging's configuration in mlpath: no handler, so a library that logs through it (the
 * JSON-LD parser, say) prints nothing. {@link #install} only names this class in the system
 * property java.util.logging reads its configuration from, so the logging system is set up only if
 * something logs: setting it up looks for logging providers in every jar of the class path, which
 * was the largest part of a short command's start-up.
 */
public final class QuietLogging {
  private static final String PROPERTY = "java.util.logging.config.class";

  /** Called by java.util.logging when it starts, to read its configuration. */
  public QuietLogging() throws IOException {
    LogManager.getLogManager()
        .readConfiguration(
            new ByteArrayInputStream("handlers=\n".getBytes(StandardCharsets.UTF_8)));
  }

  /** Makes this the configuration, unless the user gave one with {@code -D}. */
  static void install() {
    if (System.getProperty(PROPERTY) == null
        && System.getProperty(PROPERTY.replace("class", "file")) == null) {
      System.setProperty(PROPERTY, QuietLogging.class.getName());
    }
  }
}
