package io.github.mlpath.graph.store;

import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.load.GraphSink;
import io.github.mlpath.graph.load.Input;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.SparqlQuery;
import io.github.mlpath.graph.read.RdfReader;
import io.github.mlpath.graph.read.SnapshotCache;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A curriculum in files, read into memory. Planning reads it through the snapshot cache (a warm run
 * parses nothing); what needs the triples themselves (SPARQL, RDF exports, serving) parses the
 * files into a Jena model, once, taking the snapshot from the same pass when it had none. Every
 * scope answers with the whole curriculum, after checking that the data's problems leave the topics
 * asked about alone ({@link SnapshotPlanning}).
 */
final class MemorySource implements SnapshotStore {
  private final List<Input> inputs;
  private final SnapshotCache cache;
  private final List<String> notices = new CopyOnWriteArrayList<>();
  private final List<Problem> notes;
  private volatile ReadResult read;
  private volatile LoadedGraph loaded;

  MemorySource(List<Input> inputs) {
    this.inputs = List.copyOf(inputs);
    this.cache = SnapshotCache.standard(notices::add);
    this.notes = List.of();
  }

  /** A source over a graph already loaded. */
  MemorySource(LoadedGraph loaded) {
    this(loaded, List.of());
  }

  /**
   * A source over a graph already loaded, such as files merged into the bundled curriculum, with
   * what loading it noticed; problems are located in its files by the IRIs they are about.
   */
  MemorySource(LoadedGraph loaded, List<Problem> notes) {
    this.inputs = List.of();
    this.cache = null;
    this.loaded = loaded;
    this.read = RdfReader.read(loaded);
    this.notes = List.copyOf(notes);
  }

  @Override
  public List<Problem> notes() {
    return notes;
  }

  /** The read of the files, from the cache or parsed; a file that does not parse throws. */
  ReadResult read() {
    ReadResult r = read;
    if (r == null) {
      synchronized (this) {
        if (read == null) {
          read = cache.read(inputs);
        }
        r = read;
      }
    }
    r.requireParsed();
    return r;
  }

  @Override
  public LoadedGraph graph() {
    LoadedGraph g = loaded;
    if (g == null) {
      synchronized (this) {
        if (loaded == null) {
          GraphSink sink = new GraphSink();
          ReadResult r = RdfReader.read(RdfLoader.sourcesOf(inputs), sink);
          r.requireParsed();
          if (read == null) {
            read = r;
          }
          loaded = sink.loaded(RdfLoader.sourcesOf(inputs));
        }
        g = loaded;
      }
    }
    return g;
  }

  @Override
  public List<String> notices() {
    return List.copyOf(notices);
  }

  @Override
  public SnapshotPlanning planning() {
    return new SnapshotPlanning(read());
  }

  @Override
  public void answer(SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out) {
    LocalSparql.answer(graph(), query, format, timeout, out);
  }

  @Override
  public Optional<DatasetGraph> servableDataset() {
    return Optional.of(LocalSparql.servable(graph()));
  }

  @Override
  public String description() {
    return "memory";
  }

  @Override
  public void close() {
    // nothing to release
  }
}
