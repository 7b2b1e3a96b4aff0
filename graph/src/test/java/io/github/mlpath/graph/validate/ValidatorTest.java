package io.github.mlpath.graph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.ValidationReport;
import io.github.mlpath.graph.load.Fixtures;
import io.github.mlpath.graph.load.RdfLoader;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidatorTest {
  static final String SHAPES_NS = "https://w3id.org/mlpath/shapes#";

  @Test
  void validCurriculumHasNoProblem() {
    ValidationReport r = Validator.check(Fixtures.sources("rules/valid.ttl"));
    assertEquals(List.of(), r.problems());
    assertTrue(r.conforms());
  }

  @Test
  void bundledCurriculumHasNoError() {
    ValidationReport r = Validator.check(RdfLoader.withVocabulary(RdfLoader.bundled()));
    assertTrue(r.conforms(), () -> r.problems().toString());
  }

  @Test
  void cycleIsAnErrorThatNamesEveryTopicInIt() {
    ValidationReport r = Validator.check(Fixtures.sources("rules/cycle.ttl"));
    assertFalse(r.conforms());
    Problem p = r.problems().get(0);
    assertEquals("cycle", p.rule());
    assertTrue(p.message().contains("a -> b -> c -> a"), p.message());
    assertTrue(p.location().orElseThrow().source().endsWith("cycle.ttl"));
    assertEquals(10, p.location().orElseThrow().line());
  }

  @Test
  void topicRequiringItselfIsAnError() {
    ValidationReport r = Validator.check(Fixtures.sources("rules/self-requirement.ttl"));
    assertEquals(List.of("self-requirement"), Fixtures.rules(r));
  }

  @Test
  void undefinedTopicSuggestsTheClosestId() {
    ValidationReport r = Validator.check(Fixtures.sources("rules/undefined-topic.ttl"));
    assertEquals(List.of("undefined-topic"), Fixtures.rules(r));
    assertTrue(
        r.problems().get(0).message().endsWith("did you mean derivatives?"),
        r.problems().get(0).message());
  }

  @Test
  void twoTopicsWithOneLabelIgnoringCaseIsAnError() {
    ValidationReport r = Validator.check(Fixtures.sources("rules/duplicate-label.ttl"));
    assertEquals(List.of("duplicate-label"), Fixtures.rules(r));
  }

  static Stream<String> shapeRules() {
    Model shapes = ModelFactory.createDefaultModel();
    RDFDataMgr.read(shapes, ShaclRules.SHAPES);
    TreeSet<String> rules = new TreeSet<>();
    for (var type : List.of(SHACL.NodeShape, SHACL.PropertyShape)) {
      shapes
          .listSubjectsWithProperty(RDF.type, shapes.wrapAsResource(type))
          .forEachRemaining(
              s -> {
                if (s.isURIResource() && s.getURI().startsWith(SHAPES_NS)) {
                  rules.add(s.getURI().substring(SHAPES_NS.length()));
                }
              });
    }
    // these node shapes only gather property shapes; their rules are those of the properties
    rules.removeAll(List.of("topic", "qualified-prerequisite", "resource", "timed-topic"));
    return rules.stream();
  }

  @ParameterizedTest
  @MethodSource("shapeRules")
  void everyShapeCatchesWhatItIsMeantToCatch(String rule) {
    String fixture = "shapes/" + rule + ".ttl";
    assertTrue(
        Files.exists(Fixtures.path("shapes").resolve(rule + ".ttl")),
        "every shape needs a fixture: " + fixture);
    ValidationReport r = Validator.check(Fixtures.sources(fixture));
    assertTrue(Fixtures.rules(r).contains(rule), rule + " not reported; got " + r.problems());
    Problem p = r.problems().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
    assertTrue(p.location().isPresent(), "no location for " + p);
    assertTrue(p.location().get().source().endsWith(rule + ".ttl"));
  }

  @Test
  void warningsAloneStillConform() {
    ValidationReport r =
        Validator.check(Fixtures.sources("shapes/topic-qualified-without-edge.ttl"));
    assertEquals(Severity.WARNING, r.problems().get(0).severity());
    assertTrue(r.conforms());
  }
}
