package io.github.mlpath.graph.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.ResourceChoice;
import io.github.mlpath.core.lookup.SeriesPlace;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11: a path uses the parts of a series, course or book in the source's order (3Blue1Brown's
 * episode 1 before its episode 4, no chapter of a book before an earlier one), unless the
 * prerequisites force otherwise, and then the step says so.
 */
class SeriesOrderTest {
  private static final Curriculum BUNDLED = PedagogyRules.bundled();
  private static final String FORCED = "no resource keeps the parts of its source in order";

  private static LearningPath path(String goal) {
    return Planner.of(BUNDLED).path(PathRequest.to(goal));
  }

  /** "step 4 (x) after step 3 (y)": pairs of steps that use one source against its order. */
  private static List<String> inversions(LearningPath path, boolean unforcedOnly) {
    List<Step> steps = path.steps();
    List<String> out = new ArrayList<>();
    for (int j = 0; j < steps.size(); j++) {
      for (int i = 0; i < j; i++) {
        Optional<SeriesPlace> a = place(steps.get(i));
        Optional<SeriesPlace> b = place(steps.get(j));
        if (a.isEmpty() || b.isEmpty() || !a.get().root().equals(b.get().root())) {
          continue;
        }
        boolean forced = forced(steps.get(i)) || forced(steps.get(j));
        if (a.get().after(b.get()) && !(unforcedOnly && forced)) {
          out.add(describe(steps.get(j)) + " after " + describe(steps.get(i)));
        }
      }
    }
    return out;
  }

  private static Optional<SeriesPlace> place(Step s) {
    return s.resource().flatMap(r -> SeriesPlace.of(BUNDLED, r.resource()));
  }

  private static boolean forced(Step s) {
    return s.resource().map(ResourceChoice::notes).orElse(List.of()).stream()
        .anyMatch(n -> n.startsWith(FORCED));
  }

  private static String describe(Step s) {
    return "step " + s.number() + " (" + s.resource().orElseThrow().resource().id() + ")";
  }

  @Test
  void thePathToBackpropagationUsesEverySourceInItsOrder() {
    LearningPath path = path("backpropagation");
    assertEquals(List.of(), inversions(path, true));
    List<String> episodes = new ArrayList<>();
    path.steps()
        .forEach(
            s ->
                s.resource()
                    .map(r -> r.resource().id())
                    .filter(id -> id.startsWith("3b1b-neural-networks-"))
                    .ifPresent(episodes::add));
    assertTrue(
        episodes.indexOf("3b1b-neural-networks-01") >= 0
            && episodes.indexOf("3b1b-neural-networks-01")
                < episodes.indexOf("3b1b-neural-networks-03"),
        episodes.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "transformers",
        "large-language-models",
        "mnist-handwritten-digits",
        "gaussian-mixture-models",
        "principal-component-analysis",
        "support-vector-machines"
      })
  void everyStepAgainstItsSourcesOrderIsForcedAndSaysSo(String goal) {
    assertEquals(List.of(), inversions(path(goal), true));
  }
}
