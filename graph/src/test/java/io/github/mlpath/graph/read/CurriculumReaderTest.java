package io.github.mlpath.graph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.InvalidDataException;
import io.github.mlpath.graph.load.Fixtures;
import io.github.mlpath.graph.load.RdfLoader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CurriculumReaderTest {
  @Test
  void readsTopicsEdgesReasonsAndResources() {
    Curriculum c = CurriculumReader.read(Fixtures.load("rules/valid.ttl"));
    int rule = c.indexOf("chain-rule").getAsInt();
    int der = c.indexOf("derivatives").getAsInt();
    assertEquals("Chain rule", c.label(rule));
    assertEquals(TopicKind.MATH, c.kind(rule));
    assertEquals("calculus", c.area(rule).orElseThrow().id());
    assertEquals("Calculus", c.area(rule).orElseThrow().label());
    assertEquals(Optional.of("it differentiates compositions"), c.reason(rule, der));
    Resource video = c.startWith(rule).orElseThrow();
    assertEquals(Optional.of("https://example.org/video"), video.url());
    assertEquals(Optional.of(Duration.ofMinutes(19)), video.duration());
    assertEquals(Optional.of(Medium.VIDEO), video.medium());
    assertEquals(Optional.of(Depth.INTUITION), video.depth());
    assertEquals(Optional.of(true), video.free());
    assertEquals(List.of("chain-rule"), video.teaches());
  }

  @Test
  void readsEachKindOfSizeIntoItsOwnField() {
    Curriculum c = CurriculumReader.read(Fixtures.load("read/sizes.ttl"));
    Resource lecture = c.resource("lecture").orElseThrow();
    assertEquals(Optional.of(Duration.ofSeconds(49 * 60 + 50)), lecture.duration());
    assertEquals(Optional.empty(), lecture.timeRequired());
    assertEquals(OptionalInt.of(6), c.resource("section").orElseThrow().pageCount());
    assertEquals(OptionalInt.of(30), c.resource("chapter").orElseThrow().pages());
    assertEquals(OptionalInt.of(2400), c.resource("page").orElseThrow().words());
    Resource unit = c.resource("unit").orElseThrow();
    assertEquals(Optional.of(Duration.ofHours(2)), unit.timeRequired());
    assertEquals(Optional.empty(), unit.duration(), "a stated time is not a play length");
  }

  @Test
  void undefinedPrerequisiteNamesTheTopicTheFileAndASuggestion() {
    InvalidDataException e =
        assertThrows(
            InvalidDataException.class,
            () -> CurriculumReader.read(Fixtures.load("rules/undefined-topic.ttl")));
    assertTrue(e.getMessage().contains("undefined-topic.ttl:11: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("did you mean derivatives?"), e.getMessage());
  }

  @Test
  void bundledCurriculumReadsWithEveryKind() {
    Curriculum c =
        CurriculumReader.read(RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled())));
    for (TopicKind kind : TopicKind.values()) {
      assertTrue(
          java.util.stream.IntStream.range(0, c.size()).anyMatch(v -> c.kind(v) == kind),
          kind.name());
    }
  }
}
