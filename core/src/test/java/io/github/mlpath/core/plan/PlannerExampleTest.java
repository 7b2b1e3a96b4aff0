package io.github.mlpath.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.lookup.DependencyChain;
import io.github.mlpath.core.lookup.NeedList;
import io.github.mlpath.core.lookup.ResourcePreferences;
import io.github.mlpath.core.lookup.UsedForReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "Java API" example of docs/planning.md, kept compiling and running here. */
class PlannerExampleTest {

  @Test
  void theDocumentedExampleRunsOnTheSeedCurriculum() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Curriculum curriculum = SeedFixture.curriculum();
    // --- from docs/planning.md ---
    Planner planner = Planner.of(curriculum);
    LearningPath path =
        planner.path(
            PathRequest.to("activation functions")
                .withKnown(List.of("python-basics"))
                .withStrategy(Strategy.JIT)
                .withPreferences(
                    ResourcePreferences.NONE.withMedium(Medium.VIDEO).withFreeOnly(true))
                .withSchedule(6, LocalDate.of(2026, 1, 5)));
    for (Step s : path.steps()) {
      out.printf(
          "%d. %s%s (%.1f h, total %.1f h)%n",
          s.number(),
          s.topic().label(),
          s.neededBy()
              .map(n -> " <- needed by " + n.id() + s.reason().map(r -> ": " + r).orElse(""))
              .orElse(""),
          s.hours(),
          s.totalHours());
    }
    NeedList math = planner.need(NeedRequest.of("activation-functions"));
    ReadyList ready =
        planner.next(
            NextRequest.knowing(List.of("derivatives")).withGoals(List.of("backpropagation")));
    Optional<DependencyChain> why = planner.why("backpropagation", "calculus");
    UsedForReport usedFor = planner.usedFor("derivatives");
    // --- end of example ---
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(
        printed.contains(
            "13. Derivatives <- needed by activation-functions: training multiplies gradients by"
                + " the activation's derivative (1.4 h, total 24.9 h)"),
        printed);
    assertEquals(15, path.steps().size());
    assertTrue(path.schedule().isPresent());
    assertTrue(math.needs().stream().anyMatch(n -> n.topic().id().equals("derivatives")));
    LearningPath toBackprop =
        planner.path(PathRequest.to("backpropagation").withKnown(List.of("derivatives")));
    assertEquals(toBackprop.steps().get(0).topic(), ready.topics().get(0).topic());
    assertEquals("basic-terminal-commands", ready.topics().get(0).topic().id());
    assertEquals(3, why.orElseThrow().links().size());
    assertEquals(3, usedFor.total());
  }
}
