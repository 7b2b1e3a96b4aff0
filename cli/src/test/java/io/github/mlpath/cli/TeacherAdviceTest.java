package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlpath.cli.request.ExitCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The done-when checks of issue 11, as a learner runs them on the bundled curriculum. */
class TeacherAdviceTest {
  @Test
  void aPathToLimitsHasNoCalculusStep() throws Exception {
    List<String> ids =
        PlanningCommandsTest.stepIds(
            PlanningCommandsTest.json(Run.of("path", "--goal", "limits", "-f", "json")));
    assertFalse(ids.contains("calculus"), ids.toString());
    assertEquals("limits", ids.get(ids.size() - 1));
  }

  @Test
  void knowingLinearAlgebraAndCalculusLeavesNoneOfTheirTopicsToLearnForSvmAndSaysSo()
      throws Exception {
    Run run = Run.of("need", "support-vector-machines", "--known", "linear-algebra,calculus");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Linear algebra (linear-algebra): taken as known, "), run.out());
    assertTrue(run.out().contains("Calculus (calculus): taken as known, "), run.out());
    JsonNode needs =
        PlanningCommandsTest.json(
            Run.of(
                "need",
                "support-vector-machines",
                "--known",
                "linear-algebra,calculus",
                "-f",
                "json"));
    JsonNode areas = PlanningCommandsTest.json(Run.of("order", "-f", "json")).get("topics");
    List<String> excluded = new ArrayList<>();
    areas.forEach(
        t -> {
          String area = t.path("area").asText();
          if (area.equals("linear-algebra") || area.equals("calculus")) {
            excluded.add(t.get("id").asText());
          }
        });
    needs
        .get("needs")
        .forEach(
            n -> assertFalse(excluded.contains(n.get("topic").get("id").asText()), n.toString()));
  }

  @Test
  void aPathToLogisticRegressionHasNoNeuralNetworkTopic() throws Exception {
    List<String> ids =
        PlanningCommandsTest.stepIds(
            PlanningCommandsTest.json(
                Run.of("path", "--goal", "logistic-regression", "-f", "json")));
    for (String nn :
        List.of("neural-networks", "perceptron", "activation-functions", "backpropagation")) {
      assertFalse(ids.contains(nn), nn + " in " + ids);
    }
  }

  @Test
  void orderStartsWithFifteenProgrammingTopicsInATeachingOrder() throws Exception {
    JsonNode topics = PlanningCommandsTest.json(Run.of("order", "-f", "json")).get("topics");
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      assertEquals("programming", topics.get(i).get("kind").asText(), topics.get(i).toString());
      first.add(topics.get(i).get("id").asText());
    }
    assertEquals(List.of("python-basics", "list-slicing", "functions"), first.subList(0, 3));
    assertTrue(first.indexOf("dictionaries-and-tuples") < first.indexOf("exception-handling"));
    assertTrue(first.indexOf("functions") < first.indexOf("file-input-and-output"));
    assertFalse(first.contains("git-version-control"), "git comes later: " + first);
  }

  @Test
  void nextWithNothingKnownRanksProgrammingFirst() throws Exception {
    JsonNode ready = PlanningCommandsTest.json(Run.of("next", "-f", "json"));
    JsonNode top = ready.get("topics").get(0).get("topic");
    assertEquals("programming", top.get("kind").asText());
    assertEquals("python-basics", top.get("id").asText());
    Run text = Run.of("next", "--goal", "backpropagation", "--limit", "3");
    assertTrue(text.out().contains("Python basics (python-basics)"), text.out());
  }

  @Test
  void whySaysThatAPartIsPartOfItsUmbrella() {
    Run run = Run.of("why", "limits", "calculus");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.out().startsWith("Limits (limits) is part of Calculus (calculus), an umbrella topic"),
        run.out());
  }
}
