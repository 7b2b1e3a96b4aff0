package io.github.mlpath.graph.store;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.AnswerWriter;
import io.github.mlpath.graph.query.SparqlQuery;
import io.github.mlpath.graph.read.CurriculumReader;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A curriculum loaded from files into memory. Every scope answers with the whole curriculum, read
 * once: the graph is already here, and errors keep their file and line.
 */
final class MemorySource implements Store {
  private final LoadedGraph loaded;
  private final List<Problem> notes;
  private final Dataset dataset;
  private volatile Curriculum curriculum;

  MemorySource(LoadedGraph loaded) {
    this(loaded, List.of());
  }

  MemorySource(LoadedGraph loaded, List<Problem> notes) {
    this.loaded = loaded;
    this.notes = List.copyOf(notes);
    this.dataset = DatasetFactory.wrap(loaded.model());
  }

  @Override
  public List<Problem> notes() {
    return notes;
  }

  @Override
  public LoadedGraph graph() {
    return loaded;
  }

  @Override
  public Curriculum whole() {
    Curriculum c = curriculum;
    if (c == null) {
      c = CurriculumReader.read(loaded);
      curriculum = c;
    }
    return c;
  }

  @Override
  public Curriculum structure() {
    return whole();
  }

  @Override
  public Curriculum closureOf(Collection<String> names) {
    return whole();
  }

  @Override
  public Curriculum dependentsOf(String name) {
    return whole();
  }

  @Override
  public void answer(SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out) {
    QueryExecution qe =
        QueryExecution.dataset(dataset)
            .query(query.query())
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build();
    AnswerWriter.write(qe, query, format, timeout, out);
  }

  /** A transactional in-memory copy, since the loaded model itself has no transactions. */
  @Override
  public Optional<DatasetGraph> servableDataset() {
    Dataset copy = DatasetFactory.createTxnMem();
    Txn.executeWrite(copy, () -> copy.getDefaultModel().add(dataset.getDefaultModel()));
    return Optional.of(copy.asDatasetGraph());
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
