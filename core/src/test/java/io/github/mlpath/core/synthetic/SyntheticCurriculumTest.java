package io.github.mlpath.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.order.Cycles;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticCurriculumTest {

  private static String nTriples(Curriculum c) {
    StringWriter out = new StringWriter();
    NTriplesWriter.write(c, out);
    return out.toString();
  }

  @Test
  void sameSizeAndSeedGiveTheSameCurriculum() {
    assertEquals(
        nTriples(SyntheticCurriculum.generate(500, 7)),
        nTriples(SyntheticCurriculum.generate(500, 7)));
    assertNotEquals(
        nTriples(SyntheticCurriculum.generate(500, 7)),
        nTriples(SyntheticCurriculum.generate(500, 8)));
  }

  @Test
  void topicsRequireZeroToFiveEarlierTopicsAboutThreeOnAverage() {
    Curriculum c = SyntheticCurriculum.generate(50_000, 1);
    assertEquals(50_000, c.size());
    for (int v = 0; v < c.size(); v++) {
      int[] required = c.requires().neighbors(v);
      assertTrue(required.length <= 5);
      for (int w : required) {
        assertTrue(w < v, "topic " + v + " requires a later topic");
      }
    }
    double mean = c.edgeCount() / (double) c.size();
    assertTrue(mean > 2.9 && mean < 3.2, "mean " + mean);
    assertEquals(0, Cycles.find(c).size());
  }

  @Test
  void kindsAndAreasAreSpreadPlausibly() {
    Curriculum c = SyntheticCurriculum.generate(20_000, 2);
    Map<TopicKind, Integer> counts = new EnumMap<>(TopicKind.class);
    for (int v = 0; v < c.size(); v++) {
      counts.merge(c.kind(v), 1, Integer::sum);
      String area = c.area(v).orElseThrow().id();
      switch (c.kind(v)) {
        case PROGRAMMING -> assertEquals("python", area);
        case PROJECT, ML_CONCEPT -> assertEquals("machine-learning", area);
        case MATH -> assertTrue(!area.equals("python") && !area.equals("machine-learning"));
      }
    }
    assertEquals(4, counts.size());
    assertTrue(counts.get(TopicKind.MATH) > counts.get(TopicKind.PROJECT));
  }

  @Test
  void idsArePaddedSoThatIdOrderIsIndexOrder() {
    Curriculum c = SyntheticCurriculum.generate(12, 3);
    assertEquals("topic-0000000", c.id(0));
    assertEquals("topic-0000011", c.id(11));
    assertEquals("topic-0000011", SyntheticCurriculum.id(11, 12));
    assertEquals("Topic 11", c.label(11));
    assertEquals(0, SyntheticCurriculum.generate(0, 3).size());
  }

  @Test
  void writesNTriplesInTheMlpathVocabulary() {
    Curriculum c = SyntheticCurriculum.generate(3, 5);
    String nt = nTriples(c);
    assertTrue(
        nt.startsWith(
            "<https://w3id.org/mlpath/area/python>"
                + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
                + " <https://w3id.org/mlpath/ns#Area> .\n"),
        nt);
    assertTrue(
        nt.contains(
            "<https://w3id.org/mlpath/topic/topic-0000000>"
                + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"Topic 0\"@en .\n"),
        nt);
    long requires =
        nt.lines().filter(l -> l.contains("<https://w3id.org/mlpath/ns#requires>")).count();
    assertEquals(c.edgeCount(), requires);
    for (String line : nt.split("\n")) {
      assertTrue(line.endsWith(" ."), line);
    }
  }

  @Test
  void escapesLiteralsAndWritesReasonsAsQualifiedRequirements() {
    assertEquals("\"say \\\"hi\\\"\\n\\\\\"@en", NTriplesWriter.literal("say \"hi\"\n\\"));
    String nt = nTriples(io.github.mlpath.core.SeedFixture.curriculum());
    assertTrue(nt.contains("<https://w3id.org/mlpath/ns#qualifiedRequirement> _:q"), nt);
    assertTrue(
        nt.contains(
            "<https://w3id.org/mlpath/ns#reason> \"the chain rule differentiates compositions\"@en"));
    assertTrue(nt.contains("<http://www.w3.org/2004/02/skos/core#altLabel> \"OOP\"@en"));
  }
}
