package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpath.cli.request.ExitCodes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningCommandsTest {
  static JsonNode json(Run run) throws Exception {
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  static List<String> stepIds(JsonNode path) {
    List<String> ids = new ArrayList<>();
    path.get("steps").forEach(s -> ids.add(s.get("topic").get("id").asText()));
    return ids;
  }

  @Test
  void jitAndMathFirstPathsHaveTheSameTopicsInVisiblyDifferentOrders() throws Exception {
    List<String> jit =
        stepIds(json(Run.of("path", "--goal", "activation-functions", "-f", "json")));
    List<String> mathFirst =
        stepIds(
            json(
                Run.of(
                    "path",
                    "--goal",
                    "activation-functions",
                    "--strategy",
                    "math-first",
                    "-f",
                    "json")));
    assertEquals(new HashSet<>(jit), new HashSet<>(mathFirst));
    assertNotEquals(jit, mathFirst);
    assertEquals("activation-functions", jit.get(jit.size() - 1));
    assertTrue(
        jit.indexOf("derivatives") > jit.indexOf("kaggle-titanic-competition"), jit.toString());
  }

  @Test
  void knownTopicsAndWhatTheyImplyAreLeftOutOfThePath() throws Exception {
    List<String> ids =
        stepIds(
            json(
                Run.of(
                    "path",
                    "--goal",
                    "activation functions",
                    "--known",
                    "Derivatives",
                    "-f",
                    "json")));
    assertFalse(ids.contains("derivatives"));
    assertFalse(ids.contains("limits"), "knowing derivatives implies knowing limits");
  }

  @Test
  void markdownPathIsAChecklistWithAScheduleWhenAPaceIsGiven() {
    Run run =
        Run.of(
            "path",
            "--goal",
            "derivatives",
            "--hours-per-week",
            "5",
            "--start",
            "2027-01-04",
            "--format",
            "markdown");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# Path to Derivatives"), run.out());
    assertTrue(run.out().contains("\n- [ ] **1. "), run.out());
    assertTrue(run.out().contains("- Week 1 (2027-01-04 to 2027-01-10, "), run.out());
  }

  @Test
  void eachTextStepSaysWhatItsHoursWereComputedFrom() {
    Run run = Run.of("path", "--goal", "activation-functions");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    String basics =
        run.out()
            .lines()
            .dropWhile(l -> !l.contains("(python-basics)"))
            .limit(4)
            .toList()
            .toString();
    assertTrue(basics.contains("hours: ") && basics.contains("parts of its series"), basics);
  }

  @Test
  void needForActivationFunctionsLeadsToDerivativesWithTheReason() {
    Run run = Run.of("need", "activation-functions", "--max-depth", "1");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Derivatives (derivatives)"), run.out());
    assertTrue(run.out().contains("sigmoid's is at most 0.25"), run.out());
  }

  @Test
  void needSaysATopicNeedsNoMathRatherThanNoMathYouDoNotKnowYet() {
    Run none = Run.of("need", "list-slicing", "--no-profile");
    assertEquals(ExitCodes.OK, none.exitCode(), none.err());
    assertEquals("List slicing (list-slicing) needs no math.", none.out().strip());
    Run known =
        Run.of(
            "need",
            "support-vector-machines",
            "--known",
            "linear-algebra,calculus",
            "--no-profile");
    assertTrue(known.out().contains("needs no math you do not know yet ("), known.out());
  }

  @Test
  void anUnmetPreferenceIsSaidInTextAndMarkdownNotOnlyInJson() {
    for (String format : List.of("text", "markdown")) {
      Run run =
          Run.of(
              "path",
              "--goal",
              "list-slicing",
              "--prefer",
              "interactive",
              "--no-profile",
              "-f",
              format);
      assertEquals(ExitCodes.OK, run.exitCode(), run.err());
      assertTrue(run.out().contains("note: no interactive resource; chose a video"), run.out());
    }
  }

  @Test
  void misspeltTopicIsAUsageErrorThatSuggestsTheRightOne() {
    Run run = Run.of("need", "backpropagaton");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("did you mean backpropagation"), run.err());
    assertEquals(1, run.err().strip().lines().count());
  }

  @Test
  void whyShowsTheChainOrSaysThereIsNone() {
    Run yes = Run.of("why", "activation-functions", "derivatives");
    assertEquals(ExitCodes.OK, yes.exitCode(), yes.err());
    assertTrue(yes.out().contains("Activation functions -> Derivatives: training"), yes.out());
    Run no = Run.of("why", "derivatives", "activation-functions");
    assertEquals(ExitCodes.OK, no.exitCode(), no.err());
    assertTrue(no.out().contains("does not depend on"), no.out());
  }

  @Test
  void usedForGroupsWhatATopicUnlocksByKind() {
    Run run = Run.of("used-for", "derivatives");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("ml-concept ("), run.out());
    assertTrue(run.out().contains("Activation functions (activation-functions)"), run.out());
  }

  @Test
  void nextListsOnlyTopicsWhosePrerequisitesAreAllKnown() throws Exception {
    JsonNode ready = json(Run.of("next", "--known", "python-basics", "-f", "json"));
    List<String> ids = new ArrayList<>();
    ready.get("topics").forEach(t -> ids.add(t.get("topic").get("id").asText()));
    assertTrue(ids.contains("list-slicing"), ids.toString());
    assertFalse(ids.contains("python-basics"));
    assertFalse(ids.contains("activation-functions"));
  }

  @Test
  void startWithoutAPaceIsAUsageError() {
    Run run = Run.of("path", "--goal", "derivatives", "--start", "2027-01-04");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("--start needs --hours-per-week"), run.err());
  }
}
