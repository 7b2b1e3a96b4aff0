package io.github.mlpath.graph.read;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.Halves;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfSink;
import io.github.mlpath.graph.load.StreamingParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
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
    return read(sources, also, PIPELINE_BYTES);
  }

  /**
   * A file at least this large is read on two threads (when nothing else receives its triples: a
   * store's loader must be fed from the thread that began its transaction): an N-Triples file as
   * two {@link Halves} at once, another parsed on one thread and filed into the facts on the other.
   */
  static final long PIPELINE_BYTES = 32L << 20;

  static ReadResult read(List<DataSource> sources, RdfSink also, long pipelineBytes) {
    Facts facts = new Facts();
    FactSink sink = new FactSink(facts);
    ProgressTracking progress = ProgressTracking.of(sources);
    RdfSink target = also == null ? sink : tee(sink, also);
    if (progress != null) {
      target = tee(target, progress);
    }
    try {
      return readAll(sources, new Reading(facts, sink, target, also, progress, pipelineBytes));
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
  }

  /** What one read parses into: the facts, their sink, and what else receives the triples. */
  private record Reading(
      Facts facts,
      FactSink sink,
      RdfSink target,
      RdfSink also,
      ProgressTracking progress,
      long pipelineBytes) {
    /** Parses one source into the facts (on a second thread when it is large) and the rest. */
    void parse(DataSource source, int index) {
      DataSource counted = progress == null ? source : progress.counting(source);
      long size = ProgressTracking.sizeOf(source.name());
      if (also != null || size < pipelineBytes) {
        StreamingParser.parse(counted, target);
        return;
      }
      Optional<Halves> halves = halves(source, size);
      int mark = facts.size();
      if (halves.isPresent() && TwoHalves.read(halves.get(), facts, sink, index, progress)) {
        return;
      }
      facts.rollback(mark);
      sink.source(index);
      try (PipelinedSink pipe = new PipelinedSink(sink)) {
        StreamingParser.parse(counted, progress == null ? pipe : tee(pipe, progress));
      }
    }

    /** The halves of an N-Triples file, their bytes counted when progress is shown. */
    private Optional<Halves> halves(DataSource source, long size) {
      return Halves.of(source, size)
          .map(
              h ->
                  progress == null
                      ? h
                      : new Halves(
                          progress.counting(h.first()),
                          progress.counting(h.second()),
                          h.blankNodes()));
    }
  }

  private static ReadResult readAll(List<DataSource> sources, Reading r) {
    Facts facts = r.facts();
    FactSink sink = r.sink();
    RdfSink also = r.also();
    List<ReadResult.Finding> loadProblems = new ArrayList<>();
    boolean unreadable = false;
    List<DataSource> positionless = new ArrayList<>();
    for (DataSource source : sources) {
      int index = facts.startSource(source.name());
      sink.source(index);
      if (!Locations.hasPositions(source)) {
        positionless.add(source);
      }
      int mark = facts.size();
      if (also != null) {
        also.startSource();
      }
      try {
        r.parse(source, index);
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
    Curriculum c = ReadChecks.run(facts, found);
    List<ReadResult.Finding> all = new Locations(facts, positionless).locate(found.all());
    all.addAll(loadProblems);
    return new ReadResult(c, all, unreadable);
  }

  /**
   * Reads a graph that came from a store or an endpoint rather than from files: problems name the
   * IRIs they are about, not a file and line.
   */
  public static ReadResult read(Graph graph) {
    return read(
        sink ->
            graph
                .find()
                .forEachRemaining(
                    t -> sink.triple(t.getSubject(), t.getPredicate(), t.getObject(), 0, 0)));
  }

  /**
   * Reads the triples {@code feed} hands to the sink it is given, as a graph from no file (see
   * {@link #read(Graph)}): an endpoint's answers as they arrive, with no graph built in between.
   * The same triple handed more than once counts once, as in a graph.
   */
  public static ReadResult read(Consumer<RdfSink> feed) {
    Facts facts = new Facts();
    FactSink sink = new FactSink(facts);
    sink.source(facts.startSource("(store)"));
    feed.accept(sink);
    facts.freeze();
    Findings found = new Findings();
    Curriculum c = ReadChecks.run(facts, found);
    return new ReadResult(c, new Locations(facts, List.of()).unlocated(found.all()), false);
  }

  /**
   * Reads a graph already loaded from files, such as a merge: each problem is located by the IRI it
   * is about, in the first of the graph's files that describes it.
   */
  public static ReadResult read(LoadedGraph loaded) {
    ReadResult r = read(loaded.model().getGraph());
    List<ReadResult.Finding> located = new ArrayList<>();
    for (ReadResult.Finding f : r.findings()) {
      Problem p = f.problem();
      located.add(
          new ReadResult.Finding(
              new Problem(
                  p.severity(),
                  p.rule(),
                  p.message(),
                  p.focus(),
                  p.focus().flatMap(loaded::locate)),
              f.topics(),
              f.leftOut()));
    }
    return new ReadResult(r.curriculum(), located, false);
  }

  /**
   * The curriculum of a graph that came from no file (a store's, an endpoint's, one built in
   * memory), refused when the graph has an error. Such a graph is often part of the data (the
   * subgraph a command needs), whose resources may name series and books outside it, so the
   * resource shapes are left to validation.
   *
   * @throws io.github.mlpath.graph.InvalidDataException naming the first error
   */
  public static Curriculum curriculumOf(Graph graph) {
    ReadResult r = read(graph);
    r.checkComplete();
    return r.curriculum();
  }

  /**
   * The curriculum of the triples {@code feed} hands to its sink, refused as {@link
   * #curriculumOf(Graph)} refuses a graph.
   */
  public static Curriculum curriculumOf(Consumer<RdfSink> feed) {
    ReadResult r = read(feed);
    r.checkComplete();
    return r.curriculum();
  }

  /**
   * The curriculum of the sources, refused as loading and planning refuse: a source that does not
   * parse throws its {@link LoadException}, any other error an {@link
   * io.github.mlpath.graph.InvalidDataException} naming it.
   */
  public static Curriculum curriculumOf(List<DataSource> sources) {
    ReadResult r = read(sources);
    r.requireParsed();
    r.checkComplete();
    return r.curriculum();
  }

  private static ReadResult.Finding unreadable(DataSource source, SourceUnreadableException e) {
    String reason =
        e.getMessage().substring(Math.min(e.getMessage().length(), source.name().length() + 2));
    return new ReadResult.Finding(
        new Problem(
            Severity.ERROR,
            ReadResult.UNREADABLE,
            reason,
            Optional.empty(),
            Optional.of(new SourceLocation(source.name(), 0, 0))),
        List.of());
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
      public void triple(Node s, Node p, Node o, long at, long subjectAt) {
        a.triple(s, p, o, at, subjectAt);
        b.triple(s, p, o, at, subjectAt);
      }

      @Override
      public void prefix(String prefix, String iri) {
        a.prefix(prefix, iri);
        b.prefix(prefix, iri);
      }
    };
  }
}
