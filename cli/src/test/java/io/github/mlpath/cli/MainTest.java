package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.cli.request.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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

  @Test
  void aCommandLineThatNamesACommandBuildsOnlyThatCommand() {
    Clock clock = Clock.systemUTC();
    assertEquals(
        Set.of("path"),
        Main.commandLine(clock, "--debug", "path", "--goal", "x").getSubcommands().keySet());
    assertEquals(
        Set.of("load"), Main.commandLine(clock, "load", "--help").getSubcommands().keySet());
    CommandLine goal = Main.commandLine(clock, "goal", "add", "x");
    assertEquals(Set.of("goal"), goal.getSubcommands().keySet());
    assertTrue(goal.getSubcommands().get("goal").getSubcommands().containsKey("add"));
  }

  @Test
  void helpNoCommandOrAMisspeltOneBuildsEveryCommand() {
    Clock clock = Clock.systemUTC();
    Set<String> every = Main.commandLine(clock).getSubcommands().keySet();
    assertTrue(every.containsAll(Set.of("path", "need", "load", "serve", "validate", "help")));
    for (String[] args :
        new String[][] {{}, {"--help"}, {"help", "path"}, {"pth", "--goal", "x"}, {"--version"}}) {
      assertEquals(
          every, Main.commandLine(clock, args).getSubcommands().keySet(), String.join(" ", args));
    }
  }

  @Test
  void aMisspeltCommandIsStillAnsweredWithTheClosestNames() {
    Run run = Run.of("pth", "--goal", "backpropagation");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains("path"), run.err());
  }
}
