package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learner commands on a small chain (learner/chain.ttl) with a profile file of the test's own:
 * learned, unlearn, goal, prefs, profile, status, assess, review and reviewed.
 */
class LearnerCommandsTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @TempDir Path tmp;

  private Path profile() {
    return tmp.resolve("profile.ttl");
  }

  /** {@code args} on {@code day} with the chain curriculum and the test's profile. */
  private Run on(LocalDate day, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of("--data", Run.fixture("learner/chain.ttl"), "--profile", profile().toString()));
    return Run.on(day, all.toArray(String[]::new));
  }

  private Run ok(LocalDate day, String... args) {
    Run r = on(day, args);
    assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err() + r.out());
    return r;
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void learnedMarksTheTopicAndSaysWhatItImplies() throws IOException {
    Run r = ok(DAY, "learned", "Chain rule");
    assertTrue(r.out().contains("Marked learned: Chain rule (chain-rule)"), r.out());
    assertTrue(
        r.out().contains("Known now because they are required (3): Algebra, Calculus, Derivatives"),
        r.out());
    String saved = Files.readString(profile());
    assertTrue(
        saved.contains("mlp:topic topic:chain-rule ; mlp:date \"2026-03-02\"^^xsd:date"), saved);
  }

  @Test
  void unlearnSaysWhatStaysKnownAndWhy() {
    ok(DAY, "learned", "derivatives", "chain-rule");
    Run r = ok(DAY, "unlearn", "derivatives", "calculus");
    assertTrue(r.out().contains("Unmarked: Derivatives (derivatives)"), r.out());
    assertTrue(
        r.out().contains("Still known: Derivatives, because Chain rule requires it"), r.out());
    assertTrue(r.out().contains("Not marked: Calculus is only implied, by Chain rule"), r.out());
  }

  @Test
  void goalsAreKeptInOrderAndRemovingOneThatIsNotAGoalExitsTwo() {
    ok(DAY, "goal", "add", "backpropagation", "statistics");
    assertEquals(
        "1. Backpropagation (backpropagation)\n2. Statistics (statistics)\n",
        ok(DAY, "goal", "list").out());
    Run bad = on(DAY, "goal", "remove", "algebra");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("'algebra' is not one of your goals"), bad.err());
    ok(DAY, "goal", "remove", "Statistics");
    assertEquals("1. Backpropagation (backpropagation)\n", ok(DAY, "goal", "list").out());
  }

  @Test
  void preferencesAreSetShownAndUnset() {
    ok(DAY, "prefs", "set", "--hours-per-week", "6", "--prefer", "video", "--free-only");
    String shown = ok(DAY, "prefs", "show").out();
    assertTrue(shown.contains("hours per week: 6.0"), shown);
    assertTrue(shown.contains("prefer:         video"), shown);
    assertTrue(shown.contains("free only:      yes"), shown);
    ok(DAY, "prefs", "unset", "prefer");
    assertTrue(ok(DAY, "prefs", "show").out().contains("prefer:         (not set)"));
    Run bad = on(DAY, "prefs", "set", "--hours-per-week", "200");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("prefs set: --hours-per-week: "), bad.err());
    assertTrue(bad.err().contains("168"), "the bound path has too: " + bad.err());
  }

  @Test
  void statusGivesTopicsHoursTheFinishAndHowFarBehindTheLearnerIs() throws IOException {
    ok(DAY, "goal", "add", "backpropagation");
    ok(DAY, "prefs", "set", "--hours-per-week", "4", "--start", DAY.toString());
    ok(DAY.plusDays(1), "learned", "algebra");
    LocalDate today = DAY.plusDays(14);
    JsonNode whole =
        json(ok(today, "path", "--goal", "backpropagation", "--no-profile", "-f", "json").out());
    double algebra = whole.at("/steps/0/hours").asDouble();
    double total = 0;
    for (JsonNode step : whole.get("steps")) {
      total += step.get("hours").asDouble();
    }
    String left =
        ok(today, "path", "--known", "algebra", "--hours-per-week", "4", "-f", "json").out();
    Run r = ok(today, "status");
    assertTrue(r.out().contains("topics: 1 done, 4 left"), r.out());
    assertTrue(
        r.out().contains("finish: " + json(left).at("/schedule/finish").asText() + " at your pace"),
        "the day the path that is left ends, from today: " + r.out());
    assertTrue(r.out().contains("h behind schedule"), r.out());
    assertTrue(r.out().contains("20% done"), "plain text when not on a terminal: " + r.out());
    assertTrue(r.out().contains("next: 1. Calculus (calculus) "), r.out());
    JsonNode j = json(ok(today, "status", "--format", "json").out());
    assertEquals(4, j.at("/goals/0/topicsLeft").asInt());
    assertEquals(algebra, j.at("/goals/0/hoursDone").asDouble(), 0.01);
    assertEquals(total - algebra, j.at("/goals/0/hoursLeft").asDouble(), 0.01);
    assertEquals(
        algebra - Math.min(8.0, total),
        j.at("/goals/0/aheadHours").asDouble(),
        0.01,
        "2 weeks at 4 h a week: 8 h expected done, or the whole path if it is shorter");
    assertTrue(ok(DAY, "status", "--format", "markdown").out().contains("- [ ] 1. Calculus"));
  }

  @Test
  void aPathWithoutKnownStartsFromTheProfile() {
    ok(DAY, "learned", "derivatives");
    Run r = ok(DAY, "status", "--goal", "backpropagation");
    assertTrue(r.out().contains("topics: 3 done, 2 left"), r.out());
  }

  @Test
  void assessFromAFileSavesTheKnownTopicsAndPrintsThePath() throws IOException {
    ok(DAY, "goal", "add", "backpropagation");
    Run r = ok(DAY, "assess", "--answers", Run.fixture("learner/answers.txt"));
    assertTrue(r.out().contains("Known (3): Algebra, Calculus, Derivatives"), r.out());
    assertTrue(r.out().contains("Path to Backpropagation (jit): 2 steps"), r.out());
    String saved = Files.readString(profile());
    assertTrue(
        saved.contains(
            "mlp:topic topic:derivatives ; mlp:date \"2026-03-02\"^^xsd:date ; mlp:origin \"assessed\""),
        saved);
  }

  @Test
  void contradictoryAnswersAreShownAndNothingIsSaved() {
    Run r = on(DAY, "assess", "--answers", Run.fixture("learner/contradiction.txt"));
    assertEquals(2, r.exitCode(), r.out());
    assertTrue(
        r.out()
            .contains(
                "You said yes to Backpropagation but no to Derivatives, which it requires:"
                    + " backpropagation -> chain-rule -> derivatives"),
        r.out());
    assertTrue(r.out().contains("contradiction.txt:2, "), r.out());
    assertTrue(r.err().contains("nothing was saved"), r.err());
    assertFalse(Files.exists(profile()));
  }

  @Test
  void aLearnedTopicComesDueAndAReviewMovesItOut() throws IOException {
    ok(DAY, "learned", "derivatives");
    assertTrue(
        ok(DAY, "review")
            .out()
            .startsWith("No review due on 2026-03-02; next: Derivatives on 2026-03-03."));
    Run due = ok(DAY.plusDays(1), "review");
    assertTrue(
        due.out().contains("1. Derivatives (derivatives), due 2026-03-03, last 2026-03-02"),
        due.out());
    Run r = ok(DAY.plusDays(1), "reviewed", "derivatives", "--good");
    assertTrue(r.out().contains("next review on 2026-03-09, in 6 days"), r.out());
    JsonNode j = json(ok(DAY.plusDays(7), "review", "--format", "json").out());
    assertEquals("derivatives", j.at("/due/0/topic/id").asText());
    assertEquals(0, j.at("/due/0/overdueDays").asInt());
  }

  @Test
  void theChangesAreOperationsWithJsonAndTheRoutesChecks() throws IOException {
    JsonNode learned = json(ok(DAY, "learned", "derivatives", "--format", "json").out());
    assertEquals("derivatives", learned.at("/marked/0/id").asText(), learned.toString());
    Run two = on(DAY, "reviewed", "derivatives", "--hard", "--easy");
    assertEquals(2, two.exitCode());
    assertTrue(
        two.err().contains("give at most one of --again, --hard, --good and --easy"), two.err());
    Run none = on(DAY, "learned");
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("missing TOPIC"), none.err());
    Run group = Run.on(DAY, "goal");
    assertEquals(2, group.exitCode());
    assertTrue(group.err().contains("missing command: one of add, remove, list"), group.err());
    assertEquals(0, Run.on(DAY, "goal", "add", "--help").exitCode());
  }

  @Test
  void reviewingATopicNeverLearnedExitsTwoWithWhatToDo() {
    Run r = on(DAY, "reviewed", "statistics");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("mark it first with: mlpath learned statistics"), r.err());
  }

  @Test
  void aProfileThatDoesNotParseStopsEveryCommandAndIsNeverOverwritten() throws IOException {
    Files.writeString(
        profile(),
        "@prefix mlp: <https://w3id.org/mlpath/ns#> .\n<https://w3id.org/mlpath/learner/me> a mlp:Learner ;\n");
    byte[] before = Files.readAllBytes(profile());
    Run r = on(DAY, "learned", "algebra");
    assertEquals(4, r.exitCode());
    assertTrue(r.err().startsWith("mlpath: " + profile() + ":"), r.err());
    assertTrue(r.err().contains("left the profile as it is"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
    assertArrayEquals(before, Files.readAllBytes(profile()));
  }

  @Test
  void topicsTheCurriculumNoLongerHasGiveAWarningAndAreKept() throws IOException {
    ok(DAY, "learned", "statistics");
    Files.writeString(
        profile(), Files.readString(profile()).replace("topic:statistics", "topic:old-topic"));
    Run r = ok(DAY, "learned", "algebra");
    assertTrue(
        r.err()
            .contains(
                "warning: your profile names 1 topic this curriculum does not have, kept as they are: old-topic"),
        r.err());
    assertTrue(Files.readString(profile()).contains("topic:old-topic"));
  }

  @Test
  void profileExportWritesTheSavedTurtleAndImportReplacesOnlyWhenAsked() throws IOException {
    ok(DAY, "learned", "derivatives");
    Path copy = tmp.resolve("copy.ttl");
    ok(DAY, "profile", "export", copy.toString());
    assertEquals(Files.readString(profile()), Files.readString(copy));
    Run refused = on(DAY, "profile", "import", copy.toString());
    assertEquals(2, refused.exitCode());
    assertTrue(refused.err().contains("add --replace to replace it"), refused.err());
    ok(DAY, "unlearn", "derivatives");
    ok(DAY, "profile", "import", copy.toString(), "--replace");
    assertTrue(
        ok(DAY, "profile", "show")
            .out()
            .contains("2026-03-02  learned  Derivatives (derivatives)"));
  }

  @Test
  void theLearnerOptionGoesWithAStoreOnly() {
    Run r = on(DAY, "goal", "list", "--learner", "ada");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--learner goes with --store"), r.err());
  }

  @Test
  void withAStoreEachLearnerHasAProfileOfTheirOwn() {
    Path store = tmp.resolve("db");
    assertEquals(
        0,
        Run.of("load", "--store", store.toString(), Run.fixture("learner/chain.ttl")).exitCode());
    String dir = store.toString();
    assertEquals(
        0, Run.on(DAY, "goal", "add", "chain-rule", "--store", dir, "--learner", "ada").exitCode());
    assertEquals(
        0, Run.on(DAY, "goal", "add", "statistics", "--store", dir, "--learner", "bob").exitCode());
    assertEquals(
        "1. Chain rule (chain-rule)\n",
        Run.on(DAY, "goal", "list", "--store", dir, "--learner", "ada").out());
    assertEquals(
        "1. Statistics (statistics)\n",
        Run.on(DAY, "goal", "list", "--store", dir, "--learner", "bob").out());
    Run status = Run.on(DAY, "status", "--store", dir, "--learner", "ada");
    assertEquals(0, status.exitCode(), status.err());
    assertTrue(status.out().contains("Chain rule (chain-rule)"), status.out());
    Run path = Run.on(DAY, "path", "--store", dir, "--learner", "bob");
    assertEquals(0, path.exitCode(), path.err());
    assertTrue(path.out().contains("Statistics"), path.out());
  }

  private Process assessOverStandardInput(String input) throws IOException {
    Process p =
        MlpathProcess.builder(
                "assess",
                "--goal",
                "chain-rule",
                "--data",
                Run.fixture("learner/chain.ttl"),
                "--profile",
                profile().toString())
            .redirectErrorStream(true)
            .start();
    try (var in = p.getOutputStream()) {
      in.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void assessReadsOneAnswerALineFromStandardInput() throws Exception {
    Process p = assessOverStandardInput("yes\ny\nyes\n");
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("Can you do Calculus? (calculus)"), out);
    assertTrue(out.contains("Check: Can you find the slope of y = x^2 at x = 3?"), out);
    assertFalse(out.contains("Answer: 6"), "the answer is shown on a terminal only: " + out);
    assertTrue(out.contains("Known (4): Algebra, Calculus, Chain rule, Derivatives"), out);
    assertTrue(Files.readString(profile()).contains("mlp:origin \"assessed\""));
  }

  @Test
  void aReplyThatIsNotYesNoOrSkipOnStandardInputNamesTheLine() throws Exception {
    Process p = assessOverStandardInput("maybe\n");
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(2, p.waitFor(), out);
    assertTrue(out.contains("standard input, line 1: expected yes, no or skip, not 'maybe'"), out);
    assertFalse(Files.exists(profile()));
  }
}
