package io.github.mlpath.graph.validate;

import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.ValidationReport;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
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

  /**
   * Loads the sources and validates them: a source that does not parse or cannot be read is a
   * problem of its own (rule {@code syntax} or {@code unreadable}), and the graph rules and shapes
   * run only when every source parsed.
   */
  public static ValidationReport check(List<DataSource> sources) {
    RdfLoader.Attempt attempt = RdfLoader.tryLoad(sources);
    List<Problem> problems = new ArrayList<>();
    for (GraphException e : attempt.errors()) {
      problems.add(asProblem(e));
    }
    attempt.graph().ifPresent(g -> problems.addAll(validate(g).problems()));
    return new ValidationReport(problems);
  }

  private static Problem asProblem(GraphException e) {
    if (e instanceof LoadException le) {
      return new Problem(
          Severity.ERROR, "syntax", le.detail(), Optional.empty(), Optional.of(le.location()));
    }
    return new Problem(
        Severity.ERROR, "unreadable", e.getMessage(), Optional.empty(), Optional.empty());
  }

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
