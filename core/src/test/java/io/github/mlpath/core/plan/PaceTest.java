package io.github.mlpath.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.InvalidRequestException;
import io.github.mlpath.core.SeedFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pace keeps every schedule small and its dates real. */
class PaceTest {
  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  @ParameterizedTest
  @ValueSource(
      doubles = {1e-300, 0.0001, 0.49, 0, -1, 168.01, Double.NaN, Double.POSITIVE_INFINITY})
  void hoursOutsideHalfAnHourTo168AreRefused(double hours) {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> new Pace(hours, MONDAY));
    assertTrue(e.getMessage().startsWith("hours per week must be at least 0.5 and at most 168"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "2300-01-01", "1969-12-31", "-5000-01-01"})
  void aStartOutsideTheRangeIsRefused(String start) {
    assertThrows(InvalidRequestException.class, () -> new Pace(6, LocalDate.parse(start)));
  }

  @Test
  void theBoundsThemselvesAreAccepted() {
    assertEquals(0.5, new Pace(0.5, Pace.EARLIEST_START).hoursPerWeek());
    assertEquals(168, new Pace(168, Pace.LATEST_START).hoursPerWeek());
  }

  @Test
  void aScheduleOverAHundredYearsIsRefusedBeforeAnyWeekIsBuilt() {
    Pace slow = new Pace(0.5, MONDAY);
    slow.requireFits(0.5 * 60 * Pace.MAX_WEEKS);
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class, () -> slow.requireFits(0.5 * 60 * Pace.MAX_WEEKS + 1));
    assertTrue(e.getMessage().contains("more than 100 years"), e.getMessage());
  }

  @Test
  void aPlannedPathAtTheSlowestPaceStillHasASchedule() {
    Planner planner = Planner.of(SeedFixture.curriculum());
    LearningPath p = planner.path(PathRequest.to("neural-networks").withSchedule(0.5, MONDAY));
    assertTrue(p.schedule().orElseThrow().weeks().size() <= Pace.MAX_WEEKS);
  }
}
