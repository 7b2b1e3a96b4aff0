package io.github.mlpath.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CurriculumBuilderTest {
  static final String NS = "https://w3id.org/mlpath/topic/";

  static Topic math(String id) {
    return Topic.of(id, NS + id, id.replace('-', ' '), TopicKind.MATH);
  }

  @Test
  void edgesMayNameTopicsBeforeTheyAreAdded() {
    Curriculum c =
        new CurriculumBuilder()
            .addPrerequisite("chain-rule", "derivatives", "compositions")
            .addTopic(math("chain-rule"))
            .addTopic(math("derivatives"))
            .build();
    int rule = c.indexOf("chain-rule").getAsInt();
    int der = c.indexOf("derivatives").getAsInt();
    assertEquals(List.of(der), List.of(c.requires().neighbors(rule)[0]));
    assertEquals(rule, c.requiredBy().neighbors(der)[0]);
    assertEquals(Optional.of("compositions"), c.reason(rule, der));
    assertEquals("chain rule", c.label(rule));
    assertEquals(NS + "derivatives", c.iri(der));
  }

  @Test
  void edgesAddedByIndexAreTheEdgesAddedById() {
    CurriculumBuilder b = new CurriculumBuilder().addTopic(math("a")).addTopic(math("b"));
    int a = b.indexOf("a");
    int bb = b.indexOf("b");
    Curriculum c = b.addPrerequisite(a, bb, "why").markGist(a, bb).build();
    int from = c.indexOf("a").getAsInt();
    int to = c.indexOf("b").getAsInt();
    assertEquals(to, c.requires().neighbors(from)[0]);
    assertEquals(Optional.of("why"), c.reason(from, to));
    assertEquals(-1, b.indexOf("never-added"));
    assertThrows(IllegalArgumentException.class, () -> b.addPrerequisite(a, 7, null));
  }

  @Test
  void repeatedEdgeIsKeptOnceWithTheFirstReasonGiven() {
    Curriculum c =
        new CurriculumBuilder()
            .addTopic(math("a"))
            .addTopic(math("b"))
            .addPrerequisite("a", "b")
            .addPrerequisite("a", "b", "first")
            .addPrerequisite("a", "b", "second")
            .build();
    assertEquals(1, c.edgeCount());
    assertEquals(Optional.of("first"), c.reason(0, 1));
  }

  @Test
  void buildNamesEveryUndefinedTopic() {
    CurriculumBuilder b =
        new CurriculumBuilder()
            .addTopic(math("a"))
            .addPrerequisite("a", "x")
            .addPrerequisite("a", "y");
    CurriculumException e = assertThrows(CurriculumException.class, b::build);
    assertEquals("undefined topics x, y", e.getMessage());
  }

  @Test
  void topicDefinedTwiceIsRefused() {
    CurriculumBuilder b = new CurriculumBuilder().addTopic(math("a"));
    assertThrows(CurriculumException.class, () -> b.addTopic(math("a")));
  }

  @Test
  void topicWhoseIriDoesNotEndInItsIdIsRefused() {
    assertThrows(
        CurriculumException.class,
        () -> new CurriculumBuilder().addTopic(Topic.of("a", NS + "b", "A", TopicKind.MATH)));
  }

  @Test
  void growsPastItsInitialCapacityWithoutLosingAnything() {
    CurriculumBuilder b = new CurriculumBuilder(2);
    for (int i = 0; i < 5000; i++) {
      b.addTopic(math("t" + i));
      if (i > 0) {
        b.addPrerequisite("t" + i, "t" + (i - 1), "r" + i);
      }
    }
    Curriculum c = b.build();
    assertEquals(5000, c.size());
    assertEquals(4999, c.edgeCount());
    int last = c.indexOf("t4999").getAsInt();
    assertEquals("t4998", c.id(c.requires().neighbors(last)[0]));
    assertEquals(Optional.of("r4999"), c.reason(last, c.indexOf("t4998").getAsInt()));
    assertTrue(c.indexOf("t5000").isEmpty());
  }

  @Test
  void resourcesAreFoundByTopicAndStartWithMark() {
    Resource r =
        new Resource(
            "video",
            "https://w3id.org/mlpath/resource/video",
            "A video",
            Optional.of("https://example.org/v"),
            Optional.of(Medium.VIDEO),
            Optional.empty(),
            Optional.of(true),
            Optional.of(Depth.INTUITION),
            List.of(),
            Optional.empty(),
            java.util.OptionalInt.empty(),
            Optional.empty(),
            List.of("a"),
            OptionalInt.empty(),
            OptionalInt.empty(),
            Optional.empty());
    Curriculum c =
        new CurriculumBuilder().addTopic(math("a")).addResource(r).startWith("a", "video").build();
    assertEquals(List.of(r), c.resourcesFor(0));
    assertEquals(Optional.of(r), c.startWith(0));
  }

  @Test
  void gistEdgesAreMarkedAndCanBeLeftOutForPlanning() {
    Curriculum c =
        new CurriculumBuilder()
            .addTopic(math("svm"))
            .addTopic(math("convexity"))
            .addTopic(math("lagrange"))
            .markGist("svm", "lagrange")
            .addPrerequisite("svm", "convexity", "a convex problem")
            .addPrerequisite("svm", "lagrange", "the dual")
            .build();
    int svm = c.indexOf("svm").getAsInt();
    int lagrange = c.indexOf("lagrange").getAsInt();
    assertEquals(1, c.gistEdgeCount());
    assertTrue(c.isGist(c.requires().edgeIndex(svm, lagrange)));
    Curriculum strict = c.withoutGistEdges();
    assertEquals(1, strict.edgeCount());
    assertEquals(
        Optional.of("a convex problem"), strict.reason(svm, c.indexOf("convexity").getAsInt()));
    assertEquals(0, strict.requiredBy().degree(lagrange));
    assertEquals(0, strict.gistEdgeCount());
  }

  @Test
  void learningTimeAndMatchesTravelWithTheTopic() {
    Topic t =
        new Topic(
            "svm",
            NS + "svm",
            "support vector machine",
            TopicKind.ML_CONCEPT,
            Optional.empty(),
            new TopicDetails(
                List.of(),
                Optional.empty(),
                List.of(),
                Optional.of(java.time.Duration.ofMinutes(95)),
                List.of("https://en.wikipedia.org/wiki/Support_vector_machine"),
                false,
                OptionalInt.empty()));
    Curriculum c = new CurriculumBuilder().addTopic(t).addTopic(math("plain")).build();
    assertEquals(t, c.topic(0));
    assertEquals(Optional.of(java.time.Duration.ofMinutes(95)), c.learningTime(0));
    assertEquals(List.of("https://en.wikipedia.org/wiki/Support_vector_machine"), c.matches(0));
    assertEquals(List.of(), c.matches(1));
  }
}
