package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.cli.request.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values that would make a schedule huge or its dates unreal are refused before any work. */
class BoundsTest {
  @ParameterizedTest
  @CsvSource({"1e-300, 2027-01-04", "0.0001, 2027-01-04", "0.01, +999999999-12-31"})
  void aTinyPaceOrAFarStartIsExit2OnOneLine(String hours, String start) throws Exception {
    MlpathProcess.Result r =
        MlpathProcess.run(
            "path", "--goal", "backpropagation", "--hours-per-week", hours, "--start", start);
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void theSlowestPaceGivesASchedule() {
    Run r =
        Run.of(
            "path",
            "--goal",
            "backpropagation",
            "--hours-per-week",
            "0.5",
            "--start",
            "2027-01-04");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertTrue(r.out().contains("  Week 1 (2027-01-04 to 2027-01-10, "), r.out());
  }
}
