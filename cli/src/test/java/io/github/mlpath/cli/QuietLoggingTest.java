package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A warning logged through java.util.logging reaches standard error in a plain JVM and not once
 * mlpath's configuration is installed, even though installing it sets nothing up.
 */
class QuietLoggingTest {
  /** A child JVM's main: installs the configuration when asked, then logs one warning. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("quiet")) {
      QuietLogging.install();
    }
    Logger.getLogger("probe").warning("probe-warning");
  }

  private static String stderrOf(String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                QuietLoggingTest.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(MlpathProcess.BOUND.toSeconds(), TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), err);
    return err;
  }

  @Test
  void aLibrarysWarningIsPrintedWithoutItAndSilencedWithIt() throws Exception {
    assertTrue(stderrOf().contains("probe-warning"));
    assertEquals("", stderrOf("quiet"));
  }
}
