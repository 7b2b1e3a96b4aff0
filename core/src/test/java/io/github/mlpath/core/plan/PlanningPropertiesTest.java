package io.github.mlpath.core.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.order.Ranking;
import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of paths and ready-to-learn lists on 300 random curricula of 1 to 400 topics, with
 * random goals and random known topics. Plain JUnit: each seed is one parameterized case, so a
 * failure names its seed and replays exactly; no shrinking is needed to read a case this small.
 */
class PlanningPropertiesTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  /** One random case: a curriculum, goals and known topics from the seed. */
  private record Case(Curriculum c, Ranking ranking, int[] goals, BitSet known, boolean implied) {
    static Case of(long seed) {
      SplittableRandom r = new SplittableRandom(seed * 7919);
      Curriculum c = SyntheticCurriculum.generate(1 + r.nextInt(400), seed);
      int n = c.size();
      int[] goals = r.ints(1 + r.nextInt(3), 0, n).toArray();
      int[] known = r.ints(r.nextInt(Math.max(1, n / 4)), 0, n).toArray();
      boolean implied = r.nextInt(4) != 0;
      return new Case(c, Ranking.byId(c), goals, Closure.known(c, known, implied), implied);
    }
  }

  private static int[] positions(int n, int[] order) {
    int[] pos = new int[n];
    Arrays.fill(pos, -1);
    for (int i = 0; i < order.length; i++) {
      assertEquals(-1, pos[order[i]], "topic listed twice");
      pos[order[i]] = i;
    }
    return pos;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyPathListsEachTopicAfterAllItRequires(long seed) {
    Case k = Case.of(seed);
    for (Strategy s : Strategy.values()) {
      int[] order = PathPlanner.order(k.c(), k.ranking(), k.goals(), k.known(), s);
      int[] pos = positions(k.c().size(), order);
      Adjacency requires = k.c().requires();
      for (int v : order) {
        for (int e = requires.start(v); e < requires.end(v); e++) {
          int w = requires.target(e);
          if (!k.known().get(w)) {
            assertTrue(pos[w] >= 0 && pos[w] < pos[v], s + ": " + w + " before " + v);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void knownTopicsAndTheirImpliedPrerequisitesNeverAppear(long seed) {
    Case k = Case.of(seed);
    for (Strategy s : Strategy.values()) {
      for (int v : PathPlanner.order(k.c(), k.ranking(), k.goals(), k.known(), s)) {
        assertFalse(k.known().get(v), s + " lists known topic " + v);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void pathsContainExactlyTheUnknownGoalsAndWhatTheyNeed(long seed) {
    Case k = Case.of(seed);
    int[] jit = PathPlanner.order(k.c(), k.ranking(), k.goals(), k.known(), Strategy.JIT);
    int[] mathFirst =
        PathPlanner.order(k.c(), k.ranking(), k.goals(), k.known(), Strategy.MATH_FIRST);
    int[] a = jit.clone();
    int[] b = mathFirst.clone();
    Arrays.sort(a);
    Arrays.sort(b);
    assertArrayEquals(a, b, "jit and math-first hold different topics");
    for (int g : k.goals()) {
      assertEquals(!k.known().get(g), Arrays.binarySearch(a, g) >= 0, "goal " + g);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void justInTimePlacesEachMathTopicRightBeforeANonMathStepThatNeedsIt(long seed) {
    Case k = Case.of(seed);
    Curriculum c = k.c();
    int[] order = PathPlanner.order(c, k.ranking(), k.goals(), k.known(), Strategy.JIT);
    for (int i = 0; i < order.length; i++) {
      if (c.kind(order[i]) != TopicKind.MATH) {
        continue;
      }
      int j = i + 1;
      while (j < order.length && c.kind(order[j]) == TopicKind.MATH) {
        j++;
      }
      if (j < order.length) {
        BitSet needs = Closure.prerequisites(c, new int[] {order[j]}, k.known());
        assertTrue(needs.get(order[i]), "math " + order[i] + " placed before it was needed");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mathFirstPlacesNonMathBeforeMathOnlyWhenSomeMathNeedsIt(long seed) {
    Case k = Case.of(seed);
    Curriculum c = k.c();
    int[] order = PathPlanner.order(c, k.ranking(), k.goals(), k.known(), Strategy.MATH_FIRST);
    int lastMath = -1;
    BitSet math = new BitSet();
    for (int i = 0; i < order.length; i++) {
      if (c.kind(order[i]) == TopicKind.MATH) {
        lastMath = i;
        math.set(order[i]);
      }
    }
    int[] mathTopics = math.stream().toArray();
    BitSet feedsMath = Closure.prerequisites(c, mathTopics, k.known());
    for (int i = 0; i < lastMath; i++) {
      assertTrue(feedsMath.get(order[i]), "topic " + order[i] + " needlessly before math");
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void nextReturnsExactlyTheTopicsWhosePrerequisitesAreAllKnown(long seed) {
    Case k = Case.of(seed);
    Curriculum c = k.c();
    BitSet expected = new BitSet();
    for (int v = 0; v < c.size(); v++) {
      boolean ready = !k.known().get(v);
      for (int w : c.requires().neighbors(v)) {
        ready &= k.known().get(w);
      }
      if (ready) {
        expected.set(v);
      }
    }
    BitSet actual = new BitSet();
    for (int v : ReadyToLearn.ready(c, k.known())) {
      actual.set(v);
    }
    assertEquals(expected, actual);
    ReadyList ranked = ReadyToLearn.ranked(c, k.ranking(), k.known(), k.goals(), Strategy.JIT);
    assertEquals(expected.cardinality(), ranked.topics().size());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void nextListsTheTopicsOnTheWayFirstInTheOrderOfThePath(long seed) {
    Case k = Case.of(seed);
    for (Strategy s : Strategy.values()) {
      int[] pos =
          positions(k.c().size(), PathPlanner.order(k.c(), k.ranking(), k.goals(), k.known(), s));
      ReadyList ranked = ReadyToLearn.ranked(k.c(), k.ranking(), k.known(), k.goals(), s);
      int last = -1;
      boolean offPath = false;
      for (ReadyTopic t : ranked.topics()) {
        int p = pos[k.c().indexOf(t.topic().id()).getAsInt()];
        assertEquals(p >= 0, t.towardGoal(), t.topic().id());
        if (p < 0) {
          offPath = true;
          continue;
        }
        assertFalse(offPath, "a topic on the way after one that is not: " + t.topic().id());
        assertTrue(p > last, "not in path order: " + t.topic().id());
        last = p;
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sameInputGivesTheSameOutput(long seed) {
    Case k = Case.of(seed);
    Case again = Case.of(seed);
    for (Strategy s : Strategy.values()) {
      assertArrayEquals(
          PathPlanner.order(k.c(), k.ranking(), k.goals(), k.known(), s),
          PathPlanner.order(again.c(), again.ranking(), again.goals(), again.known(), s));
    }
  }
}
