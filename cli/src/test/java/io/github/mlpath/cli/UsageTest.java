package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlpath.cli.request.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets first: help, option errors, names that need quoting or a file. */
class UsageTest {
  @TempDir Path dir;

  @Test
  void everyCommandPrintsItsUsageForHelpAndDashHAndExitsZero() {
    for (String command : Main.commandLine().getSubcommands().keySet()) {
      if (command.equals("help")) {
        continue;
      }
      for (String flag : List.of("--help", "-h")) {
        Run run = Run.of(command, flag);
        assertEquals(ExitCodes.OK, run.exitCode(), command + " " + flag + ": " + run.err());
        assertTrue(run.out().startsWith("Usage: mlpath " + command), command + ": " + run.out());
      }
    }
  }

  @Test
  void aBadOptionValueIsOneLineInTheUsersTermsNamingTheOption() {
    Run date =
        Run.of("path", "--goal", "derivatives", "--hours-per-week", "5", "--start", "2027-02-30");
    assertEquals(ExitCodes.USAGE, date.exitCode());
    assertEquals(
        "mlpath path: --start: 2027-02-30 is not a date (YYYY-MM-DD) (see 'mlpath path --help')",
        date.err().strip());
    for (String[] args :
        List.of(
            new String[] {"path", "--goal", "derivatives", "--hours-per-week", "lots"},
            new String[] {"next", "--limit", "0"},
            new String[] {"query", "ASK {}", "--timeout", "soon"},
            new String[] {"serve", "--port", "http"},
            new String[] {"export", "--out", ""},
            new String[] {"path", "--goal", "derivatives", "--strategy", "alphabetical"})) {
      Run run = Run.of(args);
      assertEquals(ExitCodes.USAGE, run.exitCode(), String.join(" ", args));
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(run.err().contains(": " + args[args.length - 2] + ": "), run.err());
      assertFalse(run.err().matches("(?s).*\\b(java|Double|Integer|LocalDate)\\b.*"), run.err());
    }
  }

  @Test
  void knownTakesRepeatedOptionsQuotedNamesWithCommasAndAFileOfNames() throws Exception {
    Path file = dir.resolve("known.txt");
    Files.writeString(file, "# what I know\nPython basics\n\nDerivatives\n");
    List<String> repeated = steps("--known", "python-basics", "--known", "derivatives");
    assertEquals(repeated, steps("--known", "python-basics,derivatives"));
    assertEquals(repeated, steps("--known", "\"python-basics\",Derivatives"));
    assertEquals(repeated, steps("--known", "@" + file));
    assertFalse(repeated.contains("derivatives"));
    Run comma = Run.of("path", "--goal", "derivatives", "--known", "\"Bayes, Thomas\"");
    assertEquals(ExitCodes.USAGE, comma.exitCode());
    assertTrue(comma.err().contains("unknown topic 'Bayes, Thomas'"), comma.err());
  }

  private static List<String> steps(String... known) throws Exception {
    List<String> args = new ArrayList<>(List.of("path", "--goal", "activation-functions"));
    args.addAll(List.of(known));
    args.addAll(List.of("--format", "json"));
    JsonNode path = PlanningCommandsTest.json(Run.of(args.toArray(String[]::new)));
    return PlanningCommandsTest.stepIds(path);
  }

  @Test
  void unknownNamesSuggestTopicsByStartWordsAndSpelling() {
    assertTrue(Run.of("need", "neural net").err().contains("did you mean neural-networks"));
    assertTrue(Run.of("need", "logistic").err().contains("did you mean logistic-regression"));
    assertTrue(
        Run.of("need", "maximum likelihood")
            .err()
            .contains("did you mean maximum-likelihood-estimation"));
  }

  @Test
  void anUnknownOptionOrCommandIsOneLineWithWhatWasMeant() {
    assertEquals(
        "mlpath need: unknown option --depth; did you mean --max-depth? (see 'mlpath need --help')",
        Run.of("need", "principal-component-analysis", "--depth", "1").err().strip());
    assertEquals(
        "mlpath path: unknown option --prefr; did you mean --prefer? (see 'mlpath path --help')",
        Run.of("path", "--goal", "derivatives", "--prefr", "video").err().strip());
    Run command = Run.of("nxt");
    assertEquals(ExitCodes.USAGE, command.exitCode());
    assertEquals(
        "mlpath: unknown command 'nxt'; did you mean next? (see 'mlpath --help')",
        command.err().strip());
    assertEquals(
        "mlpath why: unexpected argument 'c' (see 'mlpath why --help')",
        Run.of("why", "a", "b", "c").err().strip());
  }
}
