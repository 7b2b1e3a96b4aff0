package io.github.mlpath.graph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.InvalidDataException;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.load.Fixtures;
import io.github.mlpath.graph.load.RdfLoader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RdfReaderTest {
  @Test
  void readsTopicsEdgesReasonsAndResources() {
    Curriculum c = RdfReader.curriculumOf(Fixtures.sources("rules/valid.ttl"));
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
  void bundledCurriculumReadsWithEveryKindAndNoProblem() {
    ReadResult r = RdfReader.read(RdfLoader.withVocabulary(RdfLoader.bundled()));
    assertEquals(List.of(), r.problems());
    Curriculum c = r.curriculum();
    for (TopicKind kind : TopicKind.values()) {
      assertTrue(IntStream.range(0, c.size()).anyMatch(v -> c.kind(v) == kind), kind.name());
    }
  }

  @Test
  void aCycleClosedOnlyByAQualifiedRequirementIsFoundByValidationAsPlanningFindsIt() {
    ReadResult r = RdfReader.read(Fixtures.sources("reader/qualified-cycle.ttl"));
    Problem cycle = r.problems().get(0);
    assertEquals("cycle", cycle.rule());
    assertEquals("prerequisite cycle of 2 topics: alpha -> beta -> alpha", cycle.message());
    Planner planner = Planner.of(r.curriculum());
    CycleException e =
        assertThrows(CycleException.class, () -> planner.path(PathRequest.to("alpha")));
    assertEquals(List.of("alpha", "beta"), e.cycle());
  }

  @Test
  void problemsElsewhereAreCountedAndThoseOnTheWayRefused() {
    ReadResult r = RdfReader.read(Fixtures.sources("reader/problems-elsewhere.ttl"));
    assertEquals(2, r.errorCount(), r.problems().toString());
    assertEquals(2, r.checkUsableFor(List.of("chain-rule", "derivatives")));
    InvalidDataException e =
        assertThrows(InvalidDataException.class, () -> r.checkUsableFor(List.of("integrals")));
    assertTrue(
        e.getMessage().contains("problems-elsewhere.ttl:14:")
            && e.getMessage().contains("requires undefined topic 'antiderivatives'")
            && e.getMessage().endsWith("(and 1 more; 'mlpath validate' lists them)"),
        e.getMessage());
  }

  @Test
  void aTopicWithoutAKindIsLeftOutAndRefusesOnlyWhatRequiresIt() {
    ReadResult r = RdfReader.read(Fixtures.sources("reader/kindless.ttl"));
    Curriculum c = r.curriculum();
    assertTrue(c.indexOf("mystery").isEmpty());
    assertTrue(c.indexOf("after").isPresent());
    assertThrows(InvalidDataException.class, () -> r.checkUsableFor(List.of("after")));
    assertEquals(1, r.checkUsableFor(List.of("alone")));
  }

  @Test
  void everyFileIsCheckedInOneRunAndABadOneContributesOnlyItsSyntaxError() {
    ReadResult r =
        RdfReader.read(
            Fixtures.sources("load/unterminated-string.ttl", "rules/undefined-topic.ttl"));
    List<String> rules = r.problems().stream().map(Problem::rule).sorted().toList();
    assertEquals(List.of("syntax", "undefined-topic"), rules);
    assertTrue(r.curriculum().indexOf("chain-rule").isPresent());
    assertFalse(
        IntStream.range(0, r.curriculum().size())
            .anyMatch(v -> r.curriculum().iri(v).contains("unterminated")));
  }

  @Test
  void filesFiledOnASecondThreadReadAsOnOne() {
    var sources =
        Fixtures.sources(
            "load/unterminated-string.ttl",
            "rules/undefined-topic.ttl",
            "reader/problems-elsewhere.ttl",
            "reader/extends-with-clash.ttl");
    ReadResult one = RdfReader.read(sources, null, Long.MAX_VALUE);
    ReadResult two = RdfReader.read(sources, null, 0);
    assertEquals(one.problems(), two.problems());
    assertEquals(one.curriculum().size(), two.curriculum().size());
    assertEquals(one.curriculum().prerequisites(), two.curriculum().prerequisites());
    for (int v = 0; v < one.curriculum().size(); v++) {
      assertEquals(one.curriculum().topic(v), two.curriculum().topic(v));
    }
  }

  @Test
  void aProblemAddedByALaterFileIsLocatedInThatFile() {
    ReadResult r =
        RdfReader.read(
            Fixtures.sources("reader/problems-elsewhere.ttl", "reader/extends-with-clash.ttl"));
    Problem clash =
        r.problems().stream().filter(p -> p.rule().equals("duplicate-label")).findFirst().get();
    SourceLocation at = clash.location().orElseThrow();
    assertTrue(at.source().endsWith("extends-with-clash.ttl"), at.toString());
    assertEquals(10, at.line());
  }

  @Test
  void labelsClashOnlyWhenEqualIgnoringCaseAndSpaceNotWhenTheirHashesCollide() {
    ReadResult r = RdfReader.read(Fixtures.sources("reader/label-hashes.ttl"));
    List<String> clashes =
        r.problems().stream()
            .filter(p -> p.rule().equals("duplicate-label"))
            .map(Problem::message)
            .toList();
    assertEquals(
        List.of(
            "topics first, third share the label \"A?x\"",
            "topics fifth, fourth share the label \"Zeta\""),
        clashes);
  }

  @Test
  void problemsCarryTheLineAndColumnOfTheTripleAtFault() {
    ReadResult r = RdfReader.read(Fixtures.sources("rules/undefined-topic.ttl"));
    SourceLocation at = r.problems().get(0).location().orElseThrow();
    assertEquals(11, at.line());
    assertTrue(at.column() > 1, at.toString());
  }

  @Test
  void aGraphReadsAsTheFilesItCameFromRead() {
    var sources = RdfLoader.withVocabulary(RdfLoader.bundled());
    Curriculum fromFiles = RdfReader.read(sources).curriculum();
    Curriculum fromGraph = RdfReader.read(RdfLoader.load(sources).model().getGraph()).curriculum();
    assertEquals(fromFiles.prerequisites(), fromGraph.prerequisites());
    assertEquals(fromFiles.resources(), fromGraph.resources());
    for (int v = 0; v < fromFiles.size(); v++) {
      assertEquals(fromFiles.topic(v), fromGraph.topic(v));
      assertEquals(fromFiles.startWith(v), fromGraph.startWith(v));
    }
  }
}
