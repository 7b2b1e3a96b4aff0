package io.github.mlpath.graph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.AmbiguousTopicException;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.TopicResolver;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.Step;
import io.github.mlpath.core.synthetic.HostileCurriculum;
import io.github.mlpath.graph.InvalidDataException;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.synthetic.NTriplesWriter;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the reader and the planner on what the benchmark generator never makes: hubs with
 * 1,000 prerequisites, edges given only as qualified requirements, unicode labels, labels that
 * collide after normalisation. Each seed is a different curriculum.
 */
class HostileDataPropertyTest {
  private static final int TOPICS = 2_500;

  private record Case(HostileCurriculum hostile, ReadResult read) {}

  private static Case of(long seed) {
    HostileCurriculum h = HostileCurriculum.generate(TOPICS, seed, 3, 1_000);
    StringWriter nt = new StringWriter();
    NTriplesWriter.write(h.curriculum(), nt, NTriplesWriter.Edges.QUALIFIED_ONLY);
    byte[] bytes = nt.toString().getBytes(StandardCharsets.UTF_8);
    DataSource source =
        new DataSource("hostile.nt", Lang.NTRIPLES, () -> new ByteArrayInputStream(bytes));
    return new Case(h, RdfReader.read(RdfLoader.withVocabulary(List.of(source))));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void everyEdgeLabelAndReasonReadsBackQualifiedOnlyEdgesIncluded(long seed) {
    Case k = of(seed);
    Curriculum want = k.hostile().curriculum();
    Curriculum got = k.read().curriculum();
    assertEquals(want.size(), got.size());
    assertEquals(want.edgeCount(), got.edgeCount());
    for (int v = 0; v < want.size(); v++) {
      int g = got.indexOf(want.id(v)).getAsInt();
      assertEquals(want.label(v), got.label(g));
      for (int w : want.requires().neighbors(v)) {
        int gw = got.indexOf(want.id(w)).getAsInt();
        assertEquals(want.reason(v, w), got.reason(g, gw), want.id(v) + " -> " + want.id(w));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void aPathToAHubWithAThousandPrerequisitesHasEachOnceAfterAllItNeeds(long seed) {
    Case k = of(seed);
    Curriculum c = k.read().curriculum();
    Planner planner = Planner.of(c);
    for (int hub : k.hostile().hubs()) {
      String id = k.hostile().curriculum().id(hub);
      int v = c.indexOf(id).getAsInt();
      assertEquals(1_000, c.requires().degree(v));
      BitSet closure = Closure.prerequisites(c, v);
      closure.set(v);
      List<Step> steps = planner.path(PathRequest.to(id)).steps();
      Map<String, Integer> at = new HashMap<>();
      for (Step s : steps) {
        assertEquals(null, at.put(s.topic().id(), s.number()), "twice: " + s.topic().id());
      }
      assertEquals(closure.cardinality(), steps.size());
      for (Step s : steps) {
        int t = c.indexOf(s.topic().id()).getAsInt();
        for (int w : c.requires().neighbors(t)) {
          assertTrue(at.get(c.id(w)) < s.number(), c.id(w) + " after " + s.topic().id());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void validationNamesEveryCaseClashAndPlanningRefusesExactlyTheGoalsThatReachOne(long seed) {
    Case k = of(seed);
    Curriculum c = k.read().curriculum();
    Set<String> clashing = new HashSet<>();
    List<Set<String>> reported = new ArrayList<>();
    for (ReadResult.Finding f : k.read().findings()) {
      Problem p = f.problem();
      if (p.severity() == Severity.ERROR) {
        assertEquals("duplicate-label", p.rule(), p.toString());
        reported.add(Set.copyOf(f.topics()));
      } else {
        assertEquals("topic-qualified-without-edge", p.rule(), p.toString());
      }
    }
    for (int[] pair : k.hostile().caseClashes()) {
      Set<String> both = Set.of(c.id(pair[0]), c.id(pair[1]));
      assertTrue(reported.contains(both), both + " not reported in " + reported);
      clashing.addAll(both);
    }
    assertEquals(k.hostile().caseClashes().size(), reported.size());
    for (int v = 0; v < c.size(); v += 97) {
      BitSet closure = Closure.prerequisites(c, v);
      closure.set(v);
      List<String> scope = ids(c, closure);
      boolean reaches = scope.stream().anyMatch(clashing::contains);
      if (reaches) {
        assertThrows(InvalidDataException.class, () -> k.read().checkUsableFor(scope));
      } else {
        assertEquals(!reported.isEmpty(), k.read().checkUsableFor(scope) > 0);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void labelsThatNormalizeAlikeAreAmbiguousAndUnicodeLabelsResolveExactly(long seed) {
    Case k = of(seed);
    Curriculum c = k.read().curriculum();
    TopicResolver names = TopicResolver.of(c);
    Set<Integer> inClash = new HashSet<>();
    for (int[] pair : k.hostile().nameClashes()) {
      inClash.add(pair[0]);
      inClash.add(pair[1]);
      String label = c.label(c.indexOf(k.hostile().curriculum().id(pair[0])).getAsInt());
      AmbiguousTopicException e =
          assertThrows(AmbiguousTopicException.class, () -> names.resolve(label));
      assertTrue(e.candidates().size() >= 2, e.candidates().toString());
    }
    for (int[] pair : k.hostile().caseClashes()) {
      inClash.add(pair[0]);
      inClash.add(pair[1]);
    }
    for (int v = 0; v < c.size(); v++) {
      int want = c.indexOf(k.hostile().curriculum().id(v)).getAsInt();
      assertEquals(want, names.resolve(c.id(want)));
      if (!inClash.contains(v)) {
        assertEquals(want, names.resolve(c.label(want)), c.label(want));
      }
    }
  }

  private static List<String> ids(Curriculum c, BitSet set) {
    List<String> out = new ArrayList<>();
    set.stream().forEach(v -> out.add(c.id(v)));
    return out;
  }
}
