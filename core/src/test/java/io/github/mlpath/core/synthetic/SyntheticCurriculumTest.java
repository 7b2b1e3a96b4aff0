package io.github.mlpath.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.order.Cycles;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticCurriculumTest {

  /** Every id, label, kind, area and edge, in index order. */
  private static String fingerprint(Curriculum c) {
    StringBuilder b = new StringBuilder();
    for (int v = 0; v < c.size(); v++) {
      b.append(c.id(v)).append('|').append(c.label(v)).append('|').append(c.kind(v));
      b.append('|').append(c.area(v).map(a -> a.id()).orElse("-"));
      for (int w : c.requires().neighbors(v)) {
        b.append(' ').append(w);
      }
      b.append('\n');
    }
    return b.toString();
  }

  @Test
  void sameSizeAndSeedGiveTheSameCurriculum() {
    assertEquals(
        fingerprint(SyntheticCurriculum.generate(500, 7)),
        fingerprint(SyntheticCurriculum.generate(500, 7)));
    assertNotEquals(
        fingerprint(SyntheticCurriculum.generate(500, 7)),
        fingerprint(SyntheticCurriculum.generate(500, 8)));
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
}
