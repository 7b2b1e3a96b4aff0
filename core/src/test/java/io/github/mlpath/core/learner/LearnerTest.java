package io.github.mlpath.core.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.Planner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearnerTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private final Planner planner = Planner.of(SeedFixture.curriculum());
  private final Learner learner = Learner.of(planner);

  private static List<String> ids(List<TopicRef> topics) {
    return topics.stream().map(TopicRef::id).toList();
  }

  private static List<String> topics(List<Mark> marks) {
    return marks.stream().map(Mark::topic).toList();
  }

  @Test
  void learningATopicMarksItAndKeepsWhatItRequiresApartAsImplied() {
    LearnReport r = learner.learn(Profile.EMPTY, List.of("Chain rule"), DAY);
    assertEquals(List.of("chain-rule"), topics(r.profile().learned()));
    assertEquals(List.of("algebra", "calculus", "derivatives"), topics(r.profile().implied()));
    assertEquals(List.of("algebra", "calculus", "derivatives"), ids(r.newlyImplied()));
    assertEquals(DAY, r.profile().mark("chain-rule").orElseThrow().date());
    assertEquals(DAY.plusDays(1), r.profile().review("chain-rule").orElseThrow().due());
  }

  @Test
  void aProfileSaysHowItKnowsATopicLearnedImpliedOrNot() {
    Profile p = learner.learn(Profile.EMPTY, List.of("chain-rule"), DAY).profile();
    assertEquals(MarkOrigin.LEARNED, p.knownBy("chain-rule").orElseThrow().origin());
    assertEquals(
        new Mark("calculus", DAY, MarkOrigin.IMPLIED), p.knownBy("calculus").orElseThrow());
    assertEquals(Optional.empty(), p.knownBy("backpropagation"));
  }

  @Test
  void learningATopicAgainLeavesItsMarkAndDate() {
    Profile p = learner.learn(Profile.EMPTY, List.of("derivatives"), DAY).profile();
    LearnReport again = learner.learn(p, List.of("derivatives"), DAY.plusDays(5));
    assertEquals(List.of("derivatives"), ids(again.alreadyMarked()));
    assertEquals(DAY, again.profile().mark("derivatives").orElseThrow().date());
  }

  @Test
  void unlearningRemovesOnlyTheMarkAndSaysWhatStaysKnown() {
    Profile p = learner.learn(Profile.EMPTY, List.of("derivatives", "chain-rule"), DAY).profile();
    UnlearnReport r = learner.unlearn(p, List.of("derivatives"));
    assertEquals(List.of("derivatives"), ids(r.unmarked()));
    assertEquals(1, r.stillKnown().size());
    assertEquals(List.of("chain-rule"), ids(r.stillKnown().get(0).impliedBy()));
    assertTrue(topics(r.profile().implied()).contains("derivatives"));
    assertTrue(r.profile().review("derivatives").isEmpty());
  }

  @Test
  void unlearningAnImpliedTopicSaysWhichMarksImplyIt() {
    Profile p = learner.learn(Profile.EMPTY, List.of("chain-rule"), DAY).profile();
    UnlearnReport r = learner.unlearn(p, List.of("calculus"));
    assertTrue(r.unmarked().isEmpty());
    assertEquals("calculus", r.notMarked().get(0).topic().id());
    assertEquals(List.of("chain-rule"), ids(r.notMarked().get(0).impliedBy()));
    assertEquals(p, r.profile());
  }

  @Test
  void unlearningTheOnlyMarkReportsWhatIsNoLongerKnown() {
    Profile p = learner.learn(Profile.EMPTY, List.of("chain-rule"), DAY).profile();
    UnlearnReport r = learner.unlearn(p, List.of("chain-rule"));
    assertEquals(List.of("algebra", "calculus", "derivatives"), ids(r.noLongerKnown()));
    assertEquals(Profile.EMPTY, r.profile());
  }

  @Test
  void topicsTheCurriculumNoLongerHasAreKeptAndReported() {
    Profile p =
        Profile.EMPTY.withLearned(
            List.of(new Mark("old-topic", DAY, MarkOrigin.LEARNED)), List.of());
    Profile after = learner.learn(p, List.of("algebra"), DAY).profile();
    assertEquals(List.of("algebra", "old-topic"), topics(after.learned()));
    assertEquals(List.of("old-topic"), learner.missing(after));
  }

  @Test
  void thePathFromAProfileStartsFromWhatItKnows() {
    Profile p = learner.learn(Profile.EMPTY, List.of("derivatives"), DAY).profile();
    LearningPath path = planner.path(learner.request(p, List.of("chain-rule"), DAY));
    assertEquals(List.of("chain-rule"), path.steps().stream().map(s -> s.topic().id()).toList());
  }

  @Test
  void reviewingATopicCreditsThePrerequisitesThatHaveASchedule() {
    Profile p = learner.learn(Profile.EMPTY, List.of("derivatives"), DAY).profile();
    p = learner.learn(p, List.of("chain-rule"), DAY.plusDays(1)).profile();
    ReviewCard before = p.review("derivatives").orElseThrow();
    assertEquals(1.5, before.repetitions(), "learning the chain rule a day later gave it 0.5");
    ReviewReport r = learner.reviewed(p, "chain-rule", Grade.GOOD, DAY.plusDays(2));
    assertEquals(6, r.card().interval());
    assertEquals("derivatives", r.credited().get(0).topic().id());
    assertTrue(r.profile().review("derivatives").orElseThrow().repetitions() > 1.5);
  }

  @Test
  void forgettingATopicGivesItsPrerequisitesNoCredit() {
    Profile p = learner.learn(Profile.EMPTY, List.of("derivatives", "chain-rule"), DAY).profile();
    assertTrue(
        learner.reviewed(p, "chain-rule", Grade.AGAIN, DAY.plusDays(1)).credited().isEmpty());
  }

  @Test
  void reviewingATopicNeverLearnedIsRefusedWithWhatToDo() {
    LearnerException e =
        assertThrows(
            LearnerException.class,
            () -> learner.reviewed(Profile.EMPTY, "derivatives", Grade.GOOD, DAY));
    assertTrue(e.getMessage().contains("mlpath learned derivatives"), e.getMessage());
  }

  @Test
  void dueReviewsComeMostOverdueFirst() {
    Profile p = learner.learn(Profile.EMPTY, List.of("algebra"), DAY).profile();
    p = learner.learn(p, List.of("trigonometry"), DAY.plusDays(3)).profile();
    ReviewList due = learner.due(p, DAY.plusDays(4));
    assertEquals(
        List.of("algebra", "trigonometry"), due.due().stream().map(d -> d.topic().id()).toList());
    assertEquals(3, due.due().get(0).overdueDays());
    assertEquals(Optional.empty(), due.next());
    assertEquals(1, learner.due(p, DAY.plusDays(1)).due().size());
  }

  @Test
  void statusCountsTopicsAndHoursDoneAndLeftAndTheFinishAtThePace() {
    Profile p = learner.learn(Profile.EMPTY, List.of("derivatives"), DAY).profile();
    p = learner.addGoals(p, List.of("chain rule"));
    p = p.withPreferences(Preferences.NONE.withHoursPerWeek(Optional.of(2.0)));
    GoalStatus g = learner.status(p, DAY).goals().get(0);
    assertEquals("chain-rule", g.goal().id());
    assertEquals(3, g.topicsDone());
    assertEquals(1, g.topicsLeft());
    assertEquals(1.5, g.hoursLeft(), "the estimate for a math topic");
    assertEquals(1.5, g.hoursLeftEstimated(), "the chain rule has no resource");
    assertEquals(Optional.of(DAY.plusDays(6)), g.finish(), "1.5 h at 2 h a week: one week");
    assertEquals(List.of("chain-rule"), g.next().stream().map(s -> s.topic().id()).toList());
    assertFalse(g.complete());
  }

  @Test
  void statusSaysHowFarBehindTheScheduleTheLearnerIs() {
    Profile p =
        learner
            .addGoals(Profile.EMPTY, List.of("chain-rule"))
            .withPreferences(
                Preferences.NONE.withHoursPerWeek(Optional.of(4.0)).withStart(Optional.of(DAY)));
    p = learner.learn(p, List.of("algebra"), DAY.plusDays(1)).profile();
    GoalStatus g = learner.status(p, DAY.plusDays(14)).goals().get(0);
    // algebra's 1.5 h (estimated) done; the whole path, 5.93 h, was due within the two weeks at 4
    // h:
    // algebra, calculus and the chain rule 1.5 h each, derivatives 1.43 h from its 17-minute video
    assertEquals(Optional.of(-4.43), g.aheadHours(), "1.5 h done, 5.93 h planned");
  }

  @Test
  void removingAGoalThatIsNotOneSaysSo() {
    Profile p = learner.addGoals(Profile.EMPTY, List.of("backprop"));
    assertEquals(List.of("backpropagation"), p.goals());
    assertEquals(List.of(), learner.removeGoals(p, List.of("Backpropagation")).goals());
    assertThrows(LearnerException.class, () -> learner.removeGoals(p, List.of("algebra")));
  }

  @Test
  void placingKeepsTheTopTopicsAsMarksAndTheRestImplied() {
    PlacementState s =
        Placement.of(planner, SelfChecks.NONE)
            .evaluate(
                new PlacementRequest(
                    List.of("chain-rule"),
                    List.of(),
                    List.of(new Answer("chain-rule", Reply.YES))));
    Profile p = learner.place(Profile.EMPTY, s.known(), DAY).profile();
    assertEquals(List.of(new Mark("chain-rule", DAY, MarkOrigin.ASSESSED)), p.learned());
    assertEquals(3, p.implied().size());
    assertTrue(p.reviews().isEmpty(), "a placement schedules no review");
  }
}
