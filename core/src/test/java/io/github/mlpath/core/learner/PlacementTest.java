package io.github.mlpath.core.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.plan.Planner;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacementTest {
  private final Planner planner = Planner.of(SeedFixture.curriculum());
  private final Placement quiz =
      Placement.of(planner, new SelfChecks(Map.of("derivatives", "Differentiate x^2 sin x.")));

  private PlacementState answer(List<String> goals, Answer... answers) {
    return quiz.evaluate(new PlacementRequest(goals, List.of(), List.of(answers)));
  }

  private static List<String> ids(List<TopicRef> topics) {
    return topics.stream().map(TopicRef::id).toList();
  }

  @Test
  void yesMakesEveryPrerequisiteKnown() {
    PlacementState s = answer(List.of("chain-rule"), new Answer("chain rule", Reply.YES));
    assertEquals(List.of("algebra", "calculus", "chain-rule", "derivatives"), ids(s.known()));
    assertTrue(s.done());
  }

  @Test
  void noMakesEveryDependentUnknown() {
    PlacementState s = answer(List.of("backpropagation"), new Answer("derivatives", Reply.NO));
    assertTrue(
        ids(s.unknown()).containsAll(List.of("derivatives", "chain-rule", "backpropagation")));
    assertTrue(ids(s.undecided()).contains("calculus"));
  }

  private static Planner chainOfSeven() {
    CurriculumBuilder b = new CurriculumBuilder();
    for (int i = 0; i < 7; i++) {
      b.addTopic(Topic.of("t" + i, "https://example.org/t" + i, "T" + i, TopicKind.MATH));
      if (i > 0) {
        b.addPrerequisite("t" + i, "t" + (i - 1));
      }
    }
    return Planner.of(b.build());
  }

  @Test
  void onAChainTheFirstQuestionIsTheMiddle() {
    Placement chain = Placement.of(chainOfSeven(), SelfChecks.NONE);
    assertEquals("t3", chain.evaluate(PlacementRequest.WHOLE).next().orElseThrow().topic().id());
  }

  @Test
  void onAChainOfSevenEveryOneOfItsEightStatesTakesAtMostThreeQuestions() {
    Planner p = chainOfSeven();
    Placement chain = Placement.of(p, SelfChecks.NONE);
    for (int known = 0; known <= 7; known++) {
      PlacementSession s = chain.start(List.of(), List.of());
      int asked = 0;
      for (Optional<Question> q = s.next(); q.isPresent(); q = s.next()) {
        int t = p.resolve(q.get().topic().id());
        s.answer(t, t < known ? Reply.YES : Reply.NO);
        asked++;
      }
      BitSet expected = new BitSet();
      expected.set(0, known);
      assertEquals(expected, s.known());
      assertTrue(asked <= 3, known + " known topics took " + asked + " questions");
    }
  }

  @Test
  void aQuestionShowsTheTopicsCheck() {
    PlacementState s =
        answer(
            List.of("derivatives"),
            new Answer("algebra", Reply.YES),
            new Answer("calculus", Reply.YES));
    Question q = s.next().orElseThrow();
    assertEquals("derivatives", q.topic().id());
    assertEquals(Optional.of("Differentiate x^2 sin x."), q.check());
  }

  @Test
  void aContradictionIsShownAndTheNextQuestionResolvesIt() {
    PlacementState s =
        answer(
            List.of("backpropagation"),
            new Answer("backpropagation", Reply.YES),
            new Answer("derivatives", Reply.NO));
    assertEquals(1, s.contradictions().size());
    Contradiction c = s.contradictions().get(0);
    assertEquals("backpropagation", c.yes().id());
    assertEquals("derivatives", c.no().id());
    assertEquals("backpropagation", c.chain().links().get(0).topic().id());
    assertEquals(
        "derivatives", c.chain().links().get(c.chain().links().size() - 1).required().id());
    Question q = s.next().orElseThrow();
    assertEquals("derivatives", q.topic().id());
    assertEquals(List.of(new Answer("derivatives", Reply.YES)), q.ifYes());
    assertEquals(List.of(new Answer("backpropagation", Reply.NO)), q.ifNo());
    // both contested topics stay undecided until the learner resolves the contradiction
    assertTrue(ids(s.undecided()).containsAll(List.of("backpropagation", "derivatives")));
    assertFalse(ids(s.known()).contains("derivatives"));
    assertFalse(ids(s.unknown()).contains("backpropagation"));
  }

  @Test
  void resolvingWithNoWithdrawsTheYes() {
    PlacementState s =
        answer(
            List.of("backpropagation"),
            new Answer("backpropagation", Reply.YES),
            new Answer("derivatives", Reply.NO),
            new Answer("backpropagation", Reply.NO));
    assertTrue(s.contradictions().isEmpty());
    assertTrue(ids(s.unknown()).containsAll(List.of("backpropagation", "derivatives")));
  }

  @Test
  void aSkippedTopicIsNotAskedAgainAndStaysUndecided() {
    PlacementState s = answer(List.of("calculus"), new Answer("calculus", Reply.SKIP));
    assertEquals("algebra", s.next().orElseThrow().topic().id());
    s =
        answer(
            List.of("calculus"),
            new Answer("calculus", Reply.SKIP),
            new Answer("algebra", Reply.YES));
    assertTrue(s.done());
    assertEquals(List.of("calculus"), ids(s.undecided()));
  }

  @Test
  void knownTopicsAreNeverAskedAndAnswersOnThemAreIgnored() {
    PlacementState s =
        quiz.evaluate(
            new PlacementRequest(
                List.of("chain-rule"),
                List.of("derivatives"),
                List.of(new Answer("calculus", Reply.NO))));
    assertEquals(1, s.topics());
    assertEquals(List.of("calculus"), ids(s.ignored()));
    assertEquals("chain-rule", s.next().orElseThrow().topic().id());
  }

  @Test
  void truthfulAnswersRecoverEveryKnownSetOfOneOrTwoTopicsExactly() {
    Curriculum c = planner.curriculum();
    List<BitSet> truths = new ArrayList<>();
    for (int a = 0; a < c.size(); a++) {
      for (int b = a; b < c.size(); b++) {
        truths.add(Closure.prerequisites(c, a, b));
      }
    }
    int total = 0;
    for (BitSet truth : truths) {
      PlacementSession s = quiz.start(List.of(), List.of());
      for (Optional<Question> q = s.next(); q.isPresent(); q = s.next()) {
        int t = c.indexOf(q.get().topic().id()).getAsInt();
        s.answer(t, truth.get(t) ? Reply.YES : Reply.NO);
        total++;
      }
      assertEquals(truth, s.known());
      assertTrue(s.state().undecided().isEmpty());
    }
    double mean = (double) total / truths.size();
    assertTrue(mean < c.size() * 0.6, "mean " + mean + " of " + c.size() + " topics");
  }
}
