package io.github.mlpath.graph.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.imports.mapping.ConceptMapping;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.CurriculumReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MergerTest {
  private static final Path DIR = Path.of("src/test/resources/merge");

  private static List<DataSource> file(String name) {
    return RdfLoader.files(List.of(DIR.resolve(name)));
  }

  private static Merger.Merged merged(ConceptMapping mapping) {
    return Merger.merge(file("base.ttl"), file("added.ttl"), mapping);
  }

  private static Curriculum curriculum(ConceptMapping mapping) {
    return CurriculumReader.read(merged(mapping).graph());
  }

  private static List<String> ids(Curriculum c) {
    return java.util.stream.IntStream.range(0, c.size()).mapToObj(c::id).sorted().toList();
  }

  @Test
  void eachConceptIsOneTopicUnderTheBundledId() {
    Curriculum c = curriculum(ConceptMapping.none());
    assertEquals(
        List.of(
            "backpropagation",
            "calculus",
            "chain-rule",
            "kernel",
            "neural-networks",
            "regularization",
            "ridge-regression",
            "stochastic-gradient-descent"),
        ids(c));
  }

  @Test
  void bothSourcesResourcesAndReasonsAreKeptOnTheMergedTopic() {
    Curriculum c = curriculum(ConceptMapping.none());
    int nn = c.indexOf("neural-networks").getAsInt();
    assertEquals(
        List.of("ffnn-notes", "nn-video"),
        c.resourcesFor(nn).stream().map(Resource::id).sorted().toList());
    assertEquals("nn-video", c.startWith(nn).orElseThrow().id());
    assertEquals(Optional.of(Duration.ofHours(2)), c.learningTime(nn), "what the bundled lacks");
    int bp = c.indexOf("backpropagation").getAsInt();
    assertEquals(
        Optional.of("gradients flow back by the chain rule"),
        c.reason(bp, c.indexOf("chain-rule").getAsInt()));
    assertEquals(
        Optional.of("backpropagation computes the gradient that SGD follows"),
        c.reason(bp, c.indexOf("stochastic-gradient-descent").getAsInt()));
    assertEquals("Backpropagation", c.label(bp));
    assertTrue(c.altLabels(bp).contains("Backprop"), "the user's label still names it");
  }

  @Test
  void conflictsNameTheUsersFileLineAndBothValues() {
    List<String> warnings =
        merged(ConceptMapping.none()).notes().stream()
            .filter(p -> p.severity() == Severity.WARNING)
            .map(Problem::toString)
            .toList();
    String added = DIR.resolve("added.ttl") + ":";
    String base = " in the bundled curriculum (" + DIR.resolve("base.ttl") + ":";
    String kept = "); the bundled one is kept [merge-conflict]";
    assertEquals(
        List.of(
            added
                + "11: warning: topic 'feed-forward-neural-nets' is the bundled topic"
                + " 'neural-networks' but gives another label: \"feed-forward neural nets\" here,"
                + " \"Neural networks\""
                + base
                + "9"
                + kept,
            added
                + "17: warning: topic 'chain-rule' is the bundled topic 'chain-rule' but gives"
                + " another area: algebra here, calculus"
                + base
                + "16"
                + kept,
            added
                + "17: warning: dropped chain-rule -> calculus: 'calculus' is a bundled umbrella"
                + " topic, a grouping that is never required and requires nothing; map your topic to"
                + " the part you mean with --mapping to keep the edge [merge-umbrella]",
            added
                + "27: warning: topic 'backpropagation' is the bundled topic 'backpropagation'"
                + " but gives another label: \"Backprop\" here, \"Backpropagation\""
                + base
                + "27"
                + kept,
            added
                + "37: warning: dropped regularization -> ridge-regression: with the bundled"
                + " curriculum it closes the cycle regularization -> ridge-regression ->"
                + " regularization [merge-cycle]",
            added
                + "46: warning: topic 'kernel' is the bundled topic 'kernel' but gives another"
                + " label: \"Kernel\" here, \"Kernel of a matrix\""
                + base
                + "45"
                + kept,
            added
                + "46: warning: topic 'kernel' is the bundled topic 'kernel' but gives another"
                + " kind: MLConcept here, MathTopic"
                + base
                + "45"
                + kept),
        warnings);
  }

  @Test
  void everyMergeSaysWhatTheTwoTopicsShare() {
    List<String> infos =
        merged(ConceptMapping.none()).notes().stream()
            .filter(p -> p.severity() == Severity.INFO)
            .map(Problem::message)
            .sorted()
            .toList();
    assertTrue(
        infos.contains(
            "topic 'feed-forward-neural-nets' is the bundled topic 'neural-networks' (same article:"
                + " wikipedia:Neural network (machine learning)): merged"),
        infos.toString());
    assertTrue(
        infos.contains(
            "topic 'chain-rule' is the bundled topic 'chain-rule' (same name: chain-rule): merged"),
        infos.toString());
    assertEquals(7, infos.size(), infos.toString());
  }

  @Test
  void aMappingLineKeepsATopicApartUnderAFreeId() {
    Curriculum c = curriculum(ConceptMapping.read(DIR.resolve("keep-kernel-apart.csv")));
    assertTrue(ids(c).contains("kernel-2"), ids(c).toString());
    assertEquals("Kernel", c.label(c.indexOf("kernel-2").getAsInt()));
    assertEquals("Kernel of a matrix", c.label(c.indexOf("kernel").getAsInt()));
  }

  @Test
  void aPathOnTheMergedCurriculumPlansEachConceptOnce() {
    LearningPath path =
        Planner.of(curriculum(ConceptMapping.none())).path(PathRequest.to("backpropagation"));
    assertEquals(
        List.of("neural-networks", "stochastic-gradient-descent", "chain-rule", "backpropagation"),
        path.steps().stream().map(s -> s.topic().id()).toList());
  }

  @Test
  void theMergedCurriculumValidates() {
    var report = Merger.validate(file("base.ttl"), file("added.ttl"), ConceptMapping.none());
    assertTrue(report.conforms(), report.problems().toString());
    assertFalse(report.problems().isEmpty());
  }
}
