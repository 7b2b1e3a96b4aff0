package io.github.mlpath.graph.validate;

import io.github.mlpath.graph.ValidationReport;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.read.RdfReader;
import java.util.List;

/**
 * Checks RDF documents against every rule, the shapes of {@code mlpath/shapes.ttl} and the graph
 * rules alike, and reports all problems found, each with its severity, file, line and column. It is
 * the reader's report: validating and planning read the data the same way.
 *
 * <pre>{@code
 * ValidationReport report = Validator.check(RdfLoader.sources(List.of(Path.of("my.ttl")), true));
 * if (!report.conforms()) report.problems().forEach(System.out::println);
 * }</pre>
 */
public final class Validator {
  private Validator() {}

  /**
   * Reads the sources and reports every problem: a source that does not parse or cannot be read is
   * a problem of its own (rule {@code syntax} or {@code unreadable}); the rules run on the other
   * sources in the same pass.
   */
  public static ValidationReport check(List<DataSource> sources) {
    return RdfReader.read(sources).report();
  }

  /** Validates a graph already loaded, such as a merge; problems are located by their IRIs. */
  public static ValidationReport validate(LoadedGraph loaded) {
    return RdfReader.read(loaded).report();
  }
}
