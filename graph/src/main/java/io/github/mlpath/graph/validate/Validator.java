package io.github.mlpath.graph.validate;

import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.ValidationReport;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.vocab.MLP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/**
 * Checks a loaded curriculum against every rule, SHACL shapes and graph rules alike, and reports
 * all problems found, each with its severity and, where it can be found, file and line.
 *
 * <pre>{@code
 * ValidationReport report = Validator.validate(RdfLoader.load(sources));
 * if (!report.conforms()) report.problems().forEach(System.out::println);
 * }</pre>
 */
public final class Validator {
  private Validator() {}

  public static ValidationReport validate(LoadedGraph loaded) {
    Model m = loaded.model();
    List<Problem> problems = new ArrayList<>();
    for (ShaclRules.Finding f : ShaclRules.check(m.getGraph())) {
      Optional<String> focus = iriOf(m, f.focus());
      problems.add(
          new Problem(f.severity(), f.rule(), f.message(), focus, focus.flatMap(loaded::locate)));
    }
    for (GraphRules.Finding f : GraphRules.check(m)) {
      Optional<String> focus = Optional.ofNullable(f.focusIri());
      problems.add(
          new Problem(Severity.ERROR, f.rule(), f.message(), focus, focus.flatMap(loaded::locate)));
    }
    problems.sort(
        Comparator.comparing(Problem::severity)
            .thenComparing(p -> p.location().map(l -> l.source()).orElse("~"))
            .thenComparingLong(p -> p.location().map(SourceLocation::line).orElse(0L))
            .thenComparing(Problem::message));
    return new ValidationReport(problems);
  }

  /** The IRI to report for a focus node: itself, or for a blank qualified node, its topic. */
  private static Optional<String> iriOf(Model m, Node focus) {
    if (focus == null) {
      return Optional.empty();
    }
    if (focus.isURI()) {
      return Optional.of(focus.getURI());
    }
    if (focus.isBlank()) {
      RDFNode node = m.asRDFNode(focus);
      List<Resource> owners = m.listSubjectsWithProperty(MLP.qualifiedRequirement, node).toList();
      return owners.stream()
          .filter(Resource::isURIResource)
          .map(Resource::getURI)
          .sorted()
          .findFirst();
    }
    return Optional.of(Terms.id(focus.toString()));
  }
}
