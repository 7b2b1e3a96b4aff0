package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * path, need, next, why and export --path-to plan from the profile (learner/chain.ttl and a profile
 * of the test's own): its goals, known topics and preferences, each overridden by an option for one
 * run, all of it ignored with --no-profile.
 */
class ProfileDefaultsTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @TempDir Path tmp;

  private Run on(LocalDate day, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--data",
            Run.fixture("learner/chain.ttl"),
            "--profile",
            tmp.resolve("profile.ttl").toString()));
    return Run.on(day, all.toArray(String[]::new));
  }

  private Run ok(LocalDate day, String... args) {
    Run r = on(day, args);
    assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err() + r.out());
    return r;
  }

  private void learnerWithAGoal() {
    ok(DAY, "goal", "add", "backpropagation");
    ok(DAY, "learned", "derivatives");
  }

  @Test
  void pathWithoutOptionsGoesToTheProfilesGoalFromWhatItKnows() {
    learnerWithAGoal();
    String out = ok(DAY, "path").out();
    assertTrue(out.contains("Chain rule"), out);
    assertTrue(out.contains("Backpropagation"), out);
    assertFalse(out.contains("Derivatives"), "learned, so not a step: " + out);
    assertFalse(out.contains("Algebra"), "implied by derivatives: " + out);
  }

  @Test
  void optionsOverrideTheProfileForOneRun() throws IOException {
    learnerWithAGoal();
    byte[] saved = Files.readAllBytes(tmp.resolve("profile.ttl"));
    String toStatistics = ok(DAY, "path", "--goal", "statistics").out();
    assertTrue(toStatistics.contains("Statistics"), toStatistics);
    assertFalse(toStatistics.contains("Backpropagation"), toStatistics);
    String knowingAlgebraOnly = ok(DAY, "path", "--known", "algebra").out();
    assertTrue(knowingAlgebraOnly.contains("Derivatives"), knowingAlgebraOnly);
    assertArrayEquals(saved, Files.readAllBytes(tmp.resolve("profile.ttl")), "nothing saved");
  }

  @Test
  void noProfileIgnoresIt() {
    learnerWithAGoal();
    Run r = on(DAY, "path", "--no-profile");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("missing --goal"), r.err());
    String out = ok(DAY, "path", "--no-profile", "--goal", "backpropagation").out();
    assertTrue(out.contains("Derivatives"), out);
  }

  @Test
  void aScheduleAtTheProfilesPaceStartsTodayWithWhatIsLeft() {
    learnerWithAGoal();
    ok(DAY, "prefs", "set", "--hours-per-week", "4", "--start", "2026-01-05");
    LocalDate later = DAY.plusDays(10);
    String out = ok(later, "path").out();
    assertTrue(out.contains(later.toString()), "starts on the day of the run: " + out);
    assertFalse(out.contains("2026-01-05"), out);
  }

  @Test
  void needAndNextUseWhatTheProfileKnows() {
    learnerWithAGoal();
    String need = ok(DAY, "need", "backpropagation").out();
    assertFalse(need.contains("Algebra"), need);
    String next = ok(DAY, "next").out();
    assertTrue(next.contains("Chain rule"), next);
    assertFalse(next.contains("Algebra"), next);
  }

  @Test
  void whySaysWhichTopicsOfTheChainTheProfileKnowsAndWhen() {
    learnerWithAGoal();
    String out = ok(DAY, "why", "backpropagation", "algebra").out();
    assertTrue(out.contains("You already know 3 topics of this chain:"), out);
    assertTrue(out.contains("you have learned Derivatives (derivatives) on 2026-03-02"), out);
    assertTrue(
        out.contains("you know Algebra (algebra): what you learned on 2026-03-02 requires it"),
        out);
    assertFalse(out.contains("know Chain rule"), "not learned: " + out);
    String given = ok(DAY, "why", "backpropagation", "algebra", "--known", "calculus").out();
    assertTrue(given.contains("You already know 2 topics of this chain:"), given);
    assertFalse(given.contains("learned Derivatives"), "--known overrides the profile: " + given);
    assertTrue(given.contains("  you know Calculus (calculus)"), given);
    String none = ok(DAY, "why", "backpropagation", "algebra", "--no-profile").out();
    assertTrue(none.contains("through 4 edges"), none);
    assertFalse(none.contains("You already know"), none);
  }

  @Test
  void exportPathToStartsFromTheProfile() {
    ok(DAY, "learned", "derivatives");
    String out = ok(DAY, "export", "--path-to", "backpropagation", "--format", "mermaid").out();
    assertTrue(out.contains("Step 1: Chain rule"), out);
    assertFalse(out.contains("Algebra"), out);
    String all =
        ok(DAY, "export", "--path-to", "backpropagation", "--format", "mermaid", "--no-profile")
            .out();
    assertTrue(all.contains("Step 1: Algebra"), all);
  }

  @Test
  void aTopicTheCurriculumLacksIsLeftOutWithAWarningAndKept() throws IOException {
    learnerWithAGoal();
    Path file = tmp.resolve("profile.ttl");
    Files.writeString(file, Files.readString(file).replace("topic:derivatives", "topic:old-topic"));
    byte[] saved = Files.readAllBytes(file);
    Run r = ok(DAY, "path");
    assertTrue(
        r.err().contains("this curriculum does not have, kept as they are: old-topic"), r.err());
    assertTrue(r.out().contains("Derivatives"), r.out());
    assertArrayEquals(saved, Files.readAllBytes(file));
  }

  @Test
  void aPathSaysWhichReviewsAreDue() {
    learnerWithAGoal();
    assertFalse(ok(DAY, "path").out().contains("Reviews due"), "nothing due on the day learned");
    String later = ok(DAY.plusDays(30), "path").out();
    assertTrue(
        later.contains("Reviews due today: derivatives (see them with: mlpath review)"), later);
    assertFalse(ok(DAY.plusDays(30), "path", "--format", "json").out().contains("Reviews due"));
  }

  @Test
  void aProfileThatDoesNotParseStopsAPlanWithWhereAndHowToGoOn() throws IOException {
    Path file = tmp.resolve("profile.ttl");
    Files.writeString(
        file,
        "@prefix mlp: <https://w3id.org/mlpath/ns#> .\n<https://w3id.org/mlpath/learner/me> a mlp:Learner ;\n");
    byte[] saved = Files.readAllBytes(file);
    Run r = on(DAY, "path", "--goal", "backpropagation");
    assertEquals(4, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("mlpath: " + file + ":3:1: "), r.err());
    assertTrue(r.err().contains("or plan without it: --no-profile"), r.err());
    assertArrayEquals(saved, Files.readAllBytes(file));
    assertEquals(0, on(DAY, "path", "--goal", "backpropagation", "--no-profile").exitCode());
  }

  @Test
  void aLearnerWithoutAStoreIsAUsageErrorForAPlanToo() {
    Run r = on(DAY, "path", "--goal", "backpropagation", "--learner", "bob");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("--learner goes with --store"), r.err());
  }
}
