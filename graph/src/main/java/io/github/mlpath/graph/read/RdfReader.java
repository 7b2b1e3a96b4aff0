package io.github.mlpath.graph.read;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfSink;
import io.github.mlpath.graph.load.StreamingParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * The one reader of RDF: parses every source once, as a stream, into compact {@link Facts}, then
 * builds the curriculum and checks every rule (the shapes of {@code mlpath/shapes.ttl} and the
 * graph rules) on the same facts. Every problem comes with its file, line and column. A source that
 * does not parse contributes its syntax error and nothing else. Validation, planning, export and
 * loading all read through here, so they always see the same curriculum and the same problems.
 *
 * <pre>{@code
 * ReadResult r = RdfReader.read(RdfLoader.withVocabulary(RdfLoader.bundled()));
 * Curriculum c = r.curriculum();
 * r.problems().forEach(System.out::println);
 * }</pre>
 */
public final class RdfReader {
  private RdfReader() {}

  /** Reads the sources. */
  public static ReadResult read(List<DataSource> sources) {
    return read(sources, null);
  }

  /**
   * Reads the sources, also handing every triple to {@code also} (a graph to fill, a store to load)
   * as it is parsed; when the result has a syntax error, what {@code also} received is incomplete.
   */
  public static ReadResult read(List<DataSource> sources, RdfSink also) {
    Facts facts = new Facts();
    FactSink sink = new FactSink(facts);
    RdfSink target = also == null ? sink : tee(sink, also);
    List<ReadResult.Finding> loadProblems = new ArrayList<>();
    boolean unreadable = false;
    List<DataSource> positionless = new ArrayList<>();
    for (DataSource source : sources) {
      sink.source(facts.startSource(source.name()));
      if (!Locations.hasPositions(source.lang())) {
        positionless.add(source);
      }
      int mark = facts.size();
      try {
        StreamingParser.parse(source, target);
      } catch (LoadException e) {
        facts.rollback(mark);
        loadProblems.add(syntax(e));
      } catch (SourceUnreadableException e) {
        facts.rollback(mark);
        unreadable = true;
        loadProblems.add(
            new ReadResult.Finding(
                new Problem(
                    Severity.ERROR,
                    "unreadable",
                    e.getMessage(),
                    Optional.empty(),
                    Optional.empty()),
                List.of()));
      }
    }
    facts.freeze();
    Findings found = new Findings();
    Curriculum c = check(facts, found);
    List<ReadResult.Finding> all = new Locations(facts, positionless).locate(found.all());
    all.addAll(loadProblems);
    return new ReadResult(c, all, unreadable);
  }

  private static Curriculum check(Facts facts, Findings found) {
    Known known = new Known(facts);
    Classes classes = new Classes(facts, known);
    TopicSet topics = new TopicSet(facts, known, classes);
    new TopicRules(facts, known, classes, found).check(topics);
    QualifiedRules.check(facts, known, found);
    ResourceRules.check(facts, known, classes, found);
    GraphChecks graph = new GraphChecks(facts, known, topics, found);
    graph.undefined();
    Curriculum c = new Assembler(facts, known, topics, found).build(classes);
    graph.cycles(c);
    graph.duplicateLabels();
    return c;
  }

  private static ReadResult.Finding syntax(LoadException e) {
    return new ReadResult.Finding(
        new Problem(
            Severity.ERROR, "syntax", e.detail(), Optional.empty(), Optional.of(e.location())),
        List.of());
  }

  private static RdfSink tee(RdfSink a, RdfSink b) {
    return new RdfSink() {
      @Override
      public void triple(Node s, Node p, Node o, long line, long column) {
        a.triple(s, p, o, line, column);
        b.triple(s, p, o, line, column);
      }

      @Override
      public void prefix(String prefix, String iri) {
        a.prefix(prefix, iri);
        b.prefix(prefix, iri);
      }
    };
  }
}
