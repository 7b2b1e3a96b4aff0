package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.Link;
import io.github.mlpath.core.Prerequisite;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.order.Ranking;
import io.github.mlpath.core.plan.PathPlanner;
import io.github.mlpath.core.plan.Strategy;
import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of need, why, used-for and cycle reports on 200 random curricula. */
class LookupPropertiesTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  private static int shortestDistance(Curriculum c, int from, int to) {
    int[] dist = new int[c.size()];
    Arrays.fill(dist, -1);
    dist[from] = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int w : c.requires().neighbors(v)) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.add(w);
        }
      }
    }
    return dist[to];
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void whyGivesAShortestChainOfRealEdgesExactlyWhenOneTopicDependsOnTheOther(long seed) {
    Curriculum c = SyntheticCurriculum.generate(2 + (int) (seed % 150), seed);
    Ranking ranking = Ranking.byId(c);
    SplittableRandom r = new SplittableRandom(seed);
    for (int trial = 0; trial < 20; trial++) {
      int a = r.nextInt(c.size());
      int b = r.nextInt(c.size());
      Optional<DependencyChain> chain = Why.chain(c, ranking, a, b);
      boolean depends = a != b && Closure.prerequisites(c, a).get(b);
      assertEquals(depends, chain.isPresent(), a + " on " + b);
      if (depends) {
        List<Link> links = chain.get().links();
        assertEquals(shortestDistance(c, a, b), links.size());
        assertEquals(c.id(a), links.get(0).topic().id());
        assertEquals(c.id(b), links.get(links.size() - 1).required().id());
        for (int i = 0; i < links.size(); i++) {
          int from = c.indexOf(links.get(i).topic().id()).getAsInt();
          int to = c.indexOf(links.get(i).required().id()).getAsInt();
          assertTrue(c.requires().edgeIndex(from, to) >= 0, "not an edge");
          if (i > 0) {
            assertEquals(links.get(i - 1).required(), links.get(i).topic());
          }
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void needListsTheUnknownMathOfTheTopicInPathOrder(long seed) {
    Curriculum c = SyntheticCurriculum.generate(2 + (int) (seed % 300), seed);
    Ranking ranking = Ranking.byId(c);
    SplittableRandom r = new SplittableRandom(seed);
    int topic = r.nextInt(c.size());
    BitSet known =
        Closure.known(c, r.ints(r.nextInt(1 + c.size() / 5), 0, c.size()).toArray(), true);
    NeedList needs =
        Needs.mathFor(c, ranking, topic, known, Integer.MAX_VALUE, ResourcePreferences.NONE);
    List<String> expected = new ArrayList<>();
    if (!known.get(topic)) {
      for (int v : PathPlanner.order(c, ranking, new int[] {topic}, known, Strategy.JIT)) {
        if (v != topic && c.kind(v) == TopicKind.MATH) {
          expected.add(c.id(v));
        }
      }
    }
    assertEquals(expected, needs.needs().stream().map(n -> n.topic().id()).toList());
    for (MathNeed n : needs.needs()) {
      assertEquals(n.distance(), n.chain().size());
      assertEquals(c.id(topic), n.chain().get(0).topic().id());
      assertEquals(n.topic(), n.chain().get(n.chain().size() - 1).required());
    }
    NeedList direct = Needs.mathFor(c, ranking, topic, known, 1, ResourcePreferences.NONE);
    for (MathNeed n : direct.needs()) {
      assertTrue(
          c.requires().edgeIndex(topic, c.indexOf(n.topic().id()).getAsInt()) >= 0,
          "depth 1 keeps direct needs only");
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void usedForCountsEveryTopicThatRequiresItOnceGroupedByKind(long seed) {
    Curriculum c = SyntheticCurriculum.generate(2 + (int) (seed % 300), seed);
    int topic = new SplittableRandom(seed).nextInt(c.size());
    UsedForReport report = UsedFor.of(c, Ranking.byId(c), topic);
    BitSet dependents = Closure.dependents(c, topic);
    dependents.clear(topic);
    assertEquals(dependents.cardinality(), report.total());
    assertEquals(c.requiredBy().degree(topic), report.direct());
    BitSet listed = new BitSet();
    for (KindGroup g : report.groups()) {
      for (Unlocked u : g.topics()) {
        int v = c.indexOf(u.topic().id()).getAsInt();
        assertEquals(g.kind(), c.kind(v));
        assertTrue(dependents.get(v));
        listed.set(v);
      }
    }
    assertEquals(dependents, listed);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aCycleOnThePathIsReportedAsARealCycle(long seed) {
    Curriculum acyclic = SyntheticCurriculum.generate(20 + (int) (seed % 200), seed);
    int n = acyclic.size();
    int last = n - 1;
    while (last > 0 && acyclic.requires().neighbors(last).length == 0) {
      last--;
    }
    int top = last;
    BitSet below = Closure.prerequisites(acyclic, top);
    below.clear(top);
    assertFalse(below.isEmpty(), "seed " + seed + ": some topic requires another");
    int bottom = below.nextSetBit(0);
    CurriculumBuilder b = new CurriculumBuilder(n);
    acyclic.areas().forEach(b::addArea);
    for (int v = 0; v < n; v++) {
      b.addTopic(acyclic.topic(v));
    }
    for (Prerequisite p : acyclic.prerequisites()) {
      b.addPrerequisite(p.topic(), p.required());
    }
    b.addPrerequisite(acyclic.id(bottom), acyclic.id(top));
    Curriculum cyclic = b.build();
    for (Strategy s : Strategy.values()) {
      CycleException e =
          assertThrows(
              CycleException.class,
              () ->
                  PathPlanner.order(
                      cyclic, Ranking.byId(cyclic), new int[] {top}, new BitSet(), s));
      List<String> cycle = e.cycle();
      assertTrue(cycle.size() >= 2);
      for (int i = 0; i < cycle.size(); i++) {
        int from = cyclic.indexOf(cycle.get(i)).getAsInt();
        int to = cyclic.indexOf(cycle.get((i + 1) % cycle.size())).getAsInt();
        assertTrue(cyclic.requires().edgeIndex(from, to) >= 0, cycle + " is not a cycle");
      }
      assertEquals(cycle.stream().sorted().findFirst().orElseThrow(), cycle.get(0));
    }
  }
}
