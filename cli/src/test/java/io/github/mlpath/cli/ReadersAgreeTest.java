package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.cli.request.ExitCodes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation and planning read a file through the same reader, so they refuse the same data. */
class ReadersAgreeTest {
  @ParameterizedTest
  @CsvSource({"cycle.ttl, a", "qualified-cycle.ttl, alpha", "several-problems.ttl, misspelt"})
  void validateAndPathBothRefuseDataWithAnErrorOnTheWay(String file, String goal) {
    Run validate = Run.of("validate", Run.fixture(file));
    Run path = Run.of("path", "--data", Run.fixture(file), "--goal", goal);
    assertEquals(ExitCodes.BAD_DATA, validate.exitCode(), validate.out() + validate.err());
    assertEquals(ExitCodes.BAD_DATA, path.exitCode(), path.out() + path.err());
  }

  @Test
  void aCycleClosedOnlyByAQualifiedRequirementIsNamedByBoth() {
    String file = Run.fixture("qualified-cycle.ttl");
    Run validate = Run.of("validate", file);
    Run path = Run.of("path", "--data", file, "--goal", "alpha");
    assertTrue(
        validate.out().contains("prerequisite cycle of 2 topics: alpha -> beta -> alpha"),
        validate.out());
    assertTrue(path.err().contains("alpha") && path.err().contains("beta"), path.err());
  }

  @Test
  void validateReportsEveryProblemOfAFileInOneRun() {
    String file = Run.fixture("several-problems.ttl");
    Run run = Run.of("validate", file);
    for (String rule :
        List.of("topic-label", "undefined-topic", "duplicate-label", "self-requirement", "cycle")) {
      assertTrue(run.out().contains("[" + rule + "]"), rule + " missing from:\n" + run.out());
    }
  }

  @Test
  void pathOnAGoalClearOfTheProblemsPlansAndCountsThem() {
    Run run = Run.of("path", "--data", Run.fixture("several-problems.ttl"), "--goal", "fine");
    assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.err().contains("problems outside the topics this answer needs ignored"), run.err());
  }
}
