package io.github.mlpath.graph.store;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.AnswerWriter;
import io.github.mlpath.graph.query.SparqlQuery;
import io.github.mlpath.graph.read.RdfReader;
import io.github.mlpath.graph.read.StoreSnapshots;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A TDB2 store on disk. Planning reads the store's own snapshot ({@link StoreSnapshots}) while the
 * store's data version matches it, without taking the store's lock or touching Jena; when the data
 * changed (or there is no snapshot), the whole store is read once, in a read transaction, and the
 * snapshot rewritten. SPARQL and RDF exports run on the store itself, in read transactions; its
 * default graph is the curriculum. The store is opened on first need.
 */
final class Tdb2Source extends FetchingSource {
  private final Path dir;
  private final List<String> notices = new CopyOnWriteArrayList<>();
  private volatile Dataset dataset;
  private volatile SnapshotPlanning planning;

  private Tdb2Source(Path dir) {
    this.dir = dir;
  }

  /**
   * The store in {@code dir}, opened when first needed.
   *
   * @throws io.github.mlpath.graph.StoreException when there is no store there
   */
  static Tdb2Source open(Path dir) {
    Tdb2Folder.requireStore(dir);
    return new Tdb2Source(dir);
  }

  private Dataset dataset() {
    Dataset d = dataset;
    if (d == null) {
      synchronized (this) {
        if (dataset == null) {
          dataset = Tdb2Stores.connect(dir, false);
        }
        d = dataset;
      }
    }
    return d;
  }

  private SnapshotPlanning planning() {
    SnapshotPlanning p = planning;
    if (p == null) {
      synchronized (this) {
        if (planning == null) {
          ReadResult read = StoreSnapshots.read(dir).orElseGet(this::readStore);
          planning = new SnapshotPlanning(read);
        }
        p = planning;
      }
    }
    return p;
  }

  /** Reads the whole store and writes its snapshot, for the next command. */
  private ReadResult readStore() {
    if (Files.exists(dir.resolve(StoreSnapshots.FILE))) {
      notices.add("the store's data changed since its snapshot was made; rebuilding the snapshot");
    }
    Dataset ds = dataset();
    ReadResult read =
        Txn.calculateRead(ds, () -> RdfReader.read(ds.asDatasetGraph().getDefaultGraph()));
    StoreSnapshots.write(dir, read);
    return read;
  }

  @Override
  public Curriculum whole() {
    return planning().whole();
  }

  @Override
  public Curriculum structure() {
    return planning().whole();
  }

  @Override
  public Curriculum asRead() {
    return planning().asRead();
  }

  @Override
  public long errorCount() {
    return planning().errorCount();
  }

  @Override
  public Curriculum closureOf(Collection<String> names) {
    return planning().closureOf(names);
  }

  @Override
  public Curriculum dependentsOf(String name) {
    return planning().dependentsOf(name);
  }

  @Override
  public List<String> notices() {
    return List.copyOf(notices);
  }

  @Override
  Model construct(Query query) {
    Dataset ds = dataset();
    return Txn.calculateRead(ds, () -> QueryExecution.dataset(ds).query(query).construct());
  }

  @Override
  public void answer(SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out) {
    Dataset ds = dataset();
    Txn.executeRead(
        ds,
        () ->
            AnswerWriter.write(
                QueryExecution.dataset(ds)
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
    return Optional.of(dataset().asDatasetGraph());
  }

  @Override
  public String description() {
    return "TDB2 store " + dir;
  }

  @Override
  public void close() {
    Dataset d = dataset;
    if (d != null) {
      Tdb2Stores.release(d.asDatasetGraph());
    }
  }
}
