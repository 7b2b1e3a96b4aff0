package io.github.mlpath.graph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.load.Fixtures;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.vocab.MLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader checks the shapes of {@code shapes.ttl} in Java, on its own compact facts, so that
 * validating a million topics takes seconds; this test runs jena-shacl on the same fixtures and
 * requires the same problems (severity, rule, focus and message), so the two cannot drift apart.
 */
class ShapesConformanceTest {
  static Stream<String> fixtures() throws IOException {
    Path root = Fixtures.path("shapes").getParent();
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.toString().endsWith(".ttl"))
          .sorted()
          .forEach(p -> out.add(root.relativize(p).toString()));
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theReaderReportsWhatJenaShaclReportsForTheShapes(String fixture) {
    List<Problem> read;
    LoadedGraph g;
    try {
      g = RdfLoader.load(Fixtures.sources(fixture));
    } catch (RuntimeException notRdf) {
      return; // fixtures that do not parse are the parser's tests
    }
    read = Validator.check(Fixtures.sources(fixture)).problems();
    Set<String> shapeRules = new TreeSet<>();
    Set<String> shacl = new TreeSet<>();
    for (ShaclRules.Finding f : ShaclRules.check(g.model().getGraph())) {
      shapeRules.add(f.rule());
      shacl.add(
          f.severity() + " " + f.rule() + " " + focus(g.model(), f.focus()) + " " + f.message());
    }
    Set<String> ours = new TreeSet<>();
    for (Problem p : read) {
      if (shapeRules.contains(p.rule()) || isShapeRule(p.rule())) {
        ours.add(p.severity() + " " + p.rule() + " " + p.focus().orElse("-") + " " + p.message());
      }
    }
    assertEquals(shacl, ours, fixture);
  }

  private static boolean isShapeRule(String rule) {
    return rule.startsWith("topic-")
        || rule.startsWith("qualified-")
        || rule.startsWith("resource");
  }

  /** The focus as reports name it: a blank qualified requirement by the topic that has it. */
  private static String focus(Model m, Node focus) {
    if (focus == null) {
      return "-";
    }
    if (focus.isURI()) {
      return focus.getURI();
    }
    if (focus.isBlank()) {
      return m
          .listSubjectsWithProperty(MLP.qualifiedRequirement, m.asRDFNode(focus))
          .toList()
          .stream()
          .filter(Resource::isURIResource)
          .map(Resource::getURI)
          .sorted()
          .findFirst()
          .orElse("-");
    }
    return Terms.id(focus.toString());
  }
}
