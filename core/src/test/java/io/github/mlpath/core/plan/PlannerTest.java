package io.github.mlpath.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicDetails;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.UnknownTopicException;
import io.github.mlpath.core.lookup.ResourceChoice;
import io.github.mlpath.core.lookup.ResourcePreferences;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlannerTest {
  private final Planner planner = Planner.of(SeedFixture.curriculum());

  private static Step step(LearningPath path, String id) {
    return path.steps().stream().filter(s -> s.topic().id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> ids(LearningPath path) {
    return path.steps().stream().map(s -> s.topic().id()).toList();
  }

  @Test
  void eachStepSaysWhichLaterStepNeedsItAndWhy() {
    LearningPath path = planner.path(PathRequest.to("Activation functions"));
    Step derivatives = step(path, "derivatives");
    assertEquals("activation-functions", derivatives.neededBy().orElseThrow().id());
    assertEquals(
        Optional.of("training multiplies gradients by the activation's derivative"),
        derivatives.reason());
    assertFalse(derivatives.goal());
    Step goal = step(path, "activation-functions");
    assertTrue(goal.goal());
    assertEquals(Optional.empty(), goal.neededBy());
    Step dictionaries = step(path, "dictionaries-and-tuples");
    assertEquals("object-oriented-programming", dictionaries.neededBy().orElseThrow().id());
    assertEquals(16, path.steps().size());
    assertEquals(List.of("activation-functions"), path.goals().stream().map(g -> g.id()).toList());
  }

  @Test
  void justInTimeAndMathFirstVisiblyDifferOnTheSeedCurriculum() {
    LearningPath jit = planner.path(PathRequest.to("backpropagation"));
    LearningPath mathFirst =
        planner.path(PathRequest.to("backpropagation").withStrategy(Strategy.MATH_FIRST));
    assertEquals("basic-terminal-commands", jit.steps().get(0).topic().id());
    assertEquals("algebra", mathFirst.steps().get(0).topic().id());
    assertEquals(Strategy.MATH_FIRST, mathFirst.strategy());
    assertEquals(ids(jit).stream().sorted().toList(), ids(mathFirst).stream().sorted().toList());
    assertEquals(jit.totalHours(), mathFirst.totalHours(), 1e-9);
  }

  @Test
  void aTopicsStatedLearningTimeWinsOverItsResourcesLength() {
    String ns = "https://w3id.org/mlpath/topic/";
    io.github.mlpath.core.Curriculum c =
        new io.github.mlpath.core.CurriculumBuilder()
            .addTopic(
                new Topic(
                    "svm",
                    ns + "svm",
                    "support vector machine",
                    io.github.mlpath.core.TopicKind.ML_CONCEPT,
                    Optional.empty(),
                    new TopicDetails(
                        List.of(),
                        Optional.empty(),
                        List.of(),
                        Optional.of(java.time.Duration.ofMinutes(90)),
                        List.of(),
                        false,
                        OptionalInt.empty())))
            .addResource(
                new io.github.mlpath.core.Resource(
                    "svm-video",
                    "https://w3id.org/mlpath/resource/svm-video",
                    "SVMs in 20 minutes",
                    Optional.of("https://example.org/svm"),
                    Optional.of(Medium.VIDEO),
                    Optional.of(java.time.Duration.ofMinutes(20)),
                    Optional.of(true),
                    Optional.of(Depth.INTUITION),
                    List.of(),
                    Optional.empty(),
                    java.util.OptionalInt.empty(),
                    Optional.empty(),
                    List.of("svm"),
                    OptionalInt.empty(),
                    OptionalInt.empty(),
                    Optional.empty()))
            .build();
    LearningPath path = Planner.of(c).path(PathRequest.to("svm"));
    assertEquals(1.5, path.totalHours(), 1e-9);
    assertFalse(path.steps().get(0).estimated());
    assertEquals(0, path.estimatedSteps());
  }

  @Test
  void hoursComeFromTheResourceElseFromTheEstimateByKind() {
    LearningPath path =
        planner.path(
            PathRequest.to("activation-functions").withEstimate(new HoursEstimate(3, 10, 4, 4)));
    Step derivatives = step(path, "derivatives");
    // a 17-minute video teaching only derivatives: 17 x 1.5 = 25.5, rounded to 26, + 1 h practice
    assertEquals(86 / 60.0, derivatives.hours(), 1e-9);
    assertFalse(derivatives.estimated());
    assertEquals("video 17 min x1.5 + 1 h practice", derivatives.hoursBasis());
    Step titanic = step(path, "kaggle-titanic-competition");
    assertEquals(10, titanic.hours(), 1e-9);
    assertTrue(titanic.estimated());
    Step network = step(path, "neural-networks");
    assertEquals("neural-networks-book", network.resource().orElseThrow().resource().id());
    assertTrue(network.estimated(), "the book gives no duration");
    assertEquals(4, network.hours(), 1e-9);
    // 7 programming x 3, project 10, 2 ML concepts x 4, 5 math x 4, and derivatives
    double total = 7 * 3 + 10 + 2 * 4 + 5 * 4 + 86 / 60.0;
    assertEquals(total, path.totalHours(), 1e-9);
    assertEquals(total, path.steps().get(path.steps().size() - 1).totalHours(), 1e-9);
    assertEquals(15, path.estimatedSteps());
    assertEquals(total - 86 / 60.0, path.estimatedHours(), 1e-9);
  }

  @Test
  void resourceChoiceFollowsPreferencesAndSaysWhenItFallsBack() {
    ResourcePreferences books = ResourcePreferences.NONE.withMedium(Medium.BOOK);
    ResourceChoice book =
        step(planner.path(PathRequest.to("derivatives").withPreferences(books)), "derivatives")
            .resource()
            .orElseThrow();
    assertEquals("stewart-chapter-2", book.resource().id());
    assertFalse(book.startWith());
    assertEquals(
        List.of(
            "skipped the start-with resource 'essence-of-calculus-2' because another fits the"
                + " preferences better"),
        book.notes());

    ResourceChoice freeBook =
        step(
                planner.path(
                    PathRequest.to("derivatives").withPreferences(books.withFreeOnly(true))),
                "derivatives")
            .resource()
            .orElseThrow();
    assertEquals("essence-of-calculus-2", freeBook.resource().id());
    assertTrue(freeBook.startWith());
    assertEquals(List.of("no book resource that is free; chose a video"), freeBook.notes());

    ResourceChoice interactive =
        step(
                planner.path(
                    PathRequest.to("derivatives")
                        .withPreferences(
                            ResourcePreferences.NONE
                                .withMedium(Medium.INTERACTIVE)
                                .withDepth(Depth.RIGOROUS))),
                "derivatives")
            .resource()
            .orElseThrow();
    assertEquals("khan-derivatives", interactive.resource().id());
    assertEquals(1, interactive.notes().stream().filter(n -> n.startsWith("no rigorous")).count());

    ResourceChoice plain =
        step(planner.path(PathRequest.to("derivatives")), "derivatives").resource().orElseThrow();
    assertEquals("essence-of-calculus-2", plain.resource().id());
    assertEquals(List.of(), plain.notes());
  }

  @Test
  void knownTopicsImplyTheirPrerequisitesUnlessNotImplied() {
    LearningPath path =
        planner.path(PathRequest.to("backpropagation").withKnown(List.of("neural networks")));
    assertEquals(
        List.of(
            "algebra",
            "calculus",
            "derivatives",
            "exponential-function",
            "activation-functions",
            "chain-rule",
            "backpropagation"),
        ids(path));
    LearningPath notImplied =
        planner.path(
            PathRequest.to("backpropagation")
                .withKnown(List.of("neural-networks"))
                .withImplied(false));
    assertFalse(ids(notImplied).contains("neural-networks"));
    assertFalse(ids(notImplied).contains("python-basics"), "only neural-networks needed python");
  }

  @Test
  void aKnownGoalIsReportedAndLeftOut() {
    LearningPath path =
        planner.path(PathRequest.to("derivatives", "chain rule").withKnown(List.of("derivatives")));
    assertEquals(List.of("chain-rule"), ids(path));
    assertEquals("derivatives", path.knownGoals().get(0).id());
  }

  @Test
  void scheduleFillsWeeksWithDatesAndSplitsLongSteps() {
    LearningPath path =
        planner.path(
            PathRequest.to("neural-networks")
                .withEstimate(new HoursEstimate(3, 10, 4, 4))
                .withSchedule(8, LocalDate.of(2026, 1, 5)));
    Schedule schedule = path.schedule().orElseThrow();
    // 7 x 3 h programming + 10 h project + 2 x 4 h math + 4 h concept = 43 h: 6 weeks of 8 h.
    assertEquals(43, path.totalHours(), 1e-9);
    assertEquals(6, schedule.weeks().size());
    Week first = schedule.weeks().get(0);
    assertEquals(LocalDate.of(2026, 1, 5), first.start());
    assertEquals(LocalDate.of(2026, 1, 11), first.end());
    assertEquals(8, first.hours(), 1e-9);
    WeekItem split = first.items().get(first.items().size() - 1);
    assertEquals(2, split.hours(), 1e-9);
    assertFalse(split.finishes());
    assertEquals(LocalDate.of(2026, 2, 15), schedule.finish());
    assertEquals(3, schedule.weeks().get(5).hours(), 1e-9);
    double sum = schedule.weeks().stream().mapToDouble(Week::hours).sum();
    assertEquals(path.totalHours(), sum, 1e-9);
  }

  @ParameterizedTest
  @ValueSource(doubles = {5.9, 6.1, 7.3, 7.9, 8.0, 9.95, 2.2, 1.0})
  void aSplitNeverLeavesAPieceShorterThanHalfAnHourAndNoWeekOverflows(double hoursPerWeek) {
    LearningPath path =
        planner.path(
            PathRequest.to("neural-networks")
                .withEstimate(new HoursEstimate(3, 10, 4, 4))
                .withSchedule(hoursPerWeek, LocalDate.of(2026, 1, 5)));
    Schedule schedule = path.schedule().orElseThrow();
    double min = Math.min(0.5, hoursPerWeek / 4);
    java.util.Set<Integer> started = new java.util.HashSet<>();
    for (Week week : schedule.weeks()) {
      assertTrue(week.hours() <= hoursPerWeek + 1e-9, week.toString());
      assertEquals(
          week.hours(), week.items().stream().mapToDouble(WeekItem::hours).sum(), 1e-9, "sum");
      for (WeekItem item : week.items()) {
        boolean split = !item.finishes() || !started.add(item.step());
        assertTrue(!split || item.hours() >= min - 1e-9, hoursPerWeek + " h/week: " + item);
        started.add(item.step());
      }
    }
    assertEquals(path.totalHours(), schedule.weeks().stream().mapToDouble(Week::hours).sum(), 1e-9);
  }

  @Test
  void unknownGoalIsAnErrorWithSuggestions() {
    UnknownTopicException e =
        assertThrows(
            UnknownTopicException.class, () -> planner.path(PathRequest.to("backpropagaton")));
    assertEquals(List.of("backpropagation"), e.suggestions());
  }

  @Test
  void aCycleOnThePathIsRefusedAndNamed() {
    Planner cyclic =
        Planner.of(SeedFixture.builder().addPrerequisite("algebra", "chain-rule").build());
    CycleException e =
        assertThrows(CycleException.class, () -> cyclic.path(PathRequest.to("backpropagation")));
    assertEquals(List.of("algebra", "chain-rule", "derivatives", "calculus"), e.cycle());
  }

  @Test
  void nextRanksReadyTopicsInTheOrderOfThePathToTheGoal() {
    List<String> known = List.of("object oriented programming", "list slicing");
    ReadyList ready =
        planner.next(NextRequest.knowing(known).withGoals(List.of("activation-functions")));
    List<String> onTheWay =
        ready.topics().stream().filter(ReadyTopic::towardGoal).map(t -> t.topic().id()).toList();
    List<String> readyIds = ready.topics().stream().map(t -> t.topic().id()).toList();
    List<String> pathOrder =
        planner.path(PathRequest.to("activation-functions").withKnown(known)).steps().stream()
            .map(st -> st.topic().id())
            .filter(readyIds::contains)
            .toList();
    assertEquals(pathOrder, onTheWay);
    assertEquals(
        List.of(
            "basic-terminal-commands",
            "exception-handling",
            "string-formatting",
            "linear-algebra",
            "algebra",
            "probability",
            "statistics"),
        readyIds);
    assertEquals(TopicKind.PROGRAMMING, ready.topics().get(0).topic().kind());
    assertEquals(4, ready.topics().get(0).unlocks());
    assertFalse(ready.topics().get(5).towardGoal());
  }

  @Test
  void nextFollowsTheChosenStrategy() {
    NextRequest beginner = NextRequest.knowing(List.of());
    assertEquals(
        List.of(
            "basic-terminal-commands",
            "python-basics",
            "linear-algebra",
            "algebra",
            "probability",
            "statistics"),
        planner.next(beginner).topics().stream().map(t -> t.topic().id()).toList());
    ReadyList mathFirst = planner.next(beginner.withStrategy(Strategy.MATH_FIRST));
    assertEquals(Strategy.MATH_FIRST, mathFirst.strategy());
    assertEquals(TopicKind.MATH, mathFirst.topics().get(0).topic().kind());
  }
}
