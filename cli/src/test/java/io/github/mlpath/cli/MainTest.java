package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The real entry point, run as a process the way the launcher runs it. */
class MainTest {
  @Test
  void outputIsUtf8EvenUnderTheCLocale() throws Exception {
    ProcessBuilder pb =
        MlpathProcess.builder("export", "--format", "turtle", "--closure", "autoencoders");
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor());
    assertTrue(out.contains("François Chollet"), "the author's name survives a C locale");
  }
}
