package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpath.cli.request.ExitCodes;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
  @Test
  void bundledCurriculumIsValid() {
    Run run = Run.of("validate");
    assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().startsWith("valid: 0 errors"), run.out());
  }

  @Test
  void fileWithACycleIsRejectedWithTheCycleNamed() {
    String file = Run.fixture("cycle.ttl");
    Run run = Run.of("validate", file);
    assertEquals(ExitCodes.BAD_DATA, run.exitCode());
    assertTrue(
        run.out()
            .contains(
                file + ":10:1: error: prerequisite cycle of 3 topics: a -> b -> c -> a [cycle]"),
        run.out());
  }

  @Test
  void aPrefixRedefinedToAnotherNamespaceNamesBothTopicsAtTheLineOfTheOneLeftOut() {
    String file = Run.fixture("prefix-redefined.ttl");
    String expected =
        file
            + ":5:1: error: two topics have the id 'beta': <https://w3id.org/mlpath/topic/beta>"
            + " here and <https://example.org/other/beta> at "
            + file
            + ":10; only the first in IRI order,"
            + " <https://example.org/other/beta>, is used [duplicate-id]";
    Run validate = Run.of("validate", file);
    assertEquals(ExitCodes.BAD_DATA, validate.exitCode(), validate.out());
    assertTrue(validate.out().contains(expected), validate.out());

    Run path = Run.of("path", "--goal", "beta", "--data", file);
    assertEquals(ExitCodes.BAD_DATA, path.exitCode(), path.err());
    assertEquals("mlpath: " + expected, path.err().strip());
  }

  @Test
  void syntaxErrorGivesFileLineColumnAndNoStackTrace() {
    String file = Run.fixture("syntax-error.ttl");
    Run run = Run.of("validate", file);
    assertEquals(ExitCodes.BAD_DATA, run.exitCode());
    assertTrue(run.out().contains(file + ":12:1: error: "), run.out());
    assertFalse(run.out().contains("\tat "), run.out());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void jsonReportHasTheSameProblemsForMachines() throws Exception {
    Run run = Run.of("validate", "--format", "json", Run.fixture("cycle.ttl"));
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertFalse(root.get("conforms").asBoolean());
    assertEquals(1, root.get("errors").asInt());
    JsonNode p = root.get("problems").get(0);
    assertEquals("cycle", p.get("rule").asText());
    assertEquals(10, p.get("line").asInt());
    assertTrue(p.get("file").asText().endsWith("cycle.ttl"));
  }

  @Test
  void missingFileExitsWith3AndNamesIt() {
    Run run = Run.of("validate", "no-such-file.ttl");
    assertEquals(ExitCodes.UNREADABLE, run.exitCode());
    assertEquals("mlpath: no-such-file.ttl: no such file or folder", run.err().strip());
  }

  @Test
  void unknownOptionIsAUsageErrorOnOneLine() {
    Run run = Run.of("validate", "--bogus");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("--bogus"));
  }

  @Test
  void debugShowsTheStackTrace() {
    Run run = Run.of("order", "--debug", "--data", Run.fixture("syntax-error.ttl"));
    assertEquals(ExitCodes.BAD_DATA, run.exitCode());
    assertTrue(run.err().contains("\tat "), run.err());
  }

  @Test
  void noCommandIsAUsageErrorPointingAtHelp() {
    Run run = Run.of();
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertEquals(
        "mlpath: missing command (see 'mlpath --help')", run.err().strip(), "out: " + run.out());
  }
}
