package io.github.mlpath.graph.store;

import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.AnswerWriter;
import io.github.mlpath.graph.query.SparqlQuery;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** A TDB2 store on disk, read in read transactions; its default graph is the curriculum. */
final class Tdb2Source extends FetchingSource {
  private final Path dir;
  private final Dataset dataset;

  private Tdb2Source(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** Opens the store in {@code dir}; see {@link Tdb2Stores#connect}. */
  static Tdb2Source open(Path dir) {
    return new Tdb2Source(dir, Tdb2Stores.connect(dir, false));
  }

  @Override
  Model construct(Query query) {
    return Txn.calculateRead(
        dataset, () -> QueryExecution.dataset(dataset).query(query).construct());
  }

  @Override
  public void answer(SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out) {
    Txn.executeRead(
        dataset,
        () ->
            AnswerWriter.write(
                QueryExecution.dataset(dataset)
                    .query(query.query())
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build(),
                query,
                format,
                timeout,
                out));
  }

  @Override
  public Optional<DatasetGraph> servableDataset() {
    return Optional.of(dataset.asDatasetGraph());
  }

  @Override
  public String description() {
    return "TDB2 store " + dir;
  }

  @Override
  public void close() {
    Tdb2Stores.release(dataset.asDatasetGraph());
  }
}
