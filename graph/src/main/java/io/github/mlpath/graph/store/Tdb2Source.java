package io.github.mlpath.graph.store;

import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.SparqlQuery;
import io.github.mlpath.graph.read.RdfReader;
import io.github.mlpath.graph.read.StoreSnapshots;
import io.github.mlpath.graph.vocab.MLP;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A TDB2 store on disk. Planning reads the store's own snapshot ({@link StoreSnapshots}) while the
 * store's data version matches it, without taking the store's lock or touching Jena; when the data
 * changed (or there is no snapshot), the whole store is read once, in a read transaction, and the
 * snapshot rewritten. SPARQL and RDF exports run on the store itself, in read transactions; its
 * default graph is the curriculum. The store is opened on first need.
 */
final class Tdb2Source implements SnapshotStore {
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

  @Override
  public SnapshotPlanning planning() {
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
      notices.add(
          "the store's snapshot is of other data or of another build of mlpath; rebuilding it");
    }
    Dataset ds = dataset();
    ReadResult read = ds.calculateRead(() -> RdfReader.read(ds.asDatasetGraph().getDefaultGraph()));
    StoreSnapshots.write(dir, read);
    return read;
  }

  @Override
  public List<String> notices() {
    return List.copyOf(notices);
  }

  /** The store's default graph, copied out of a read transaction. */
  @Override
  public LoadedGraph graph() {
    Dataset ds = dataset();
    Model m =
        ds.calculateRead(() -> QueryExecution.dataset(ds).query(Subgraphs.whole()).construct());
    m.setNsPrefixes(MLP.PREFIXES);
    return LoadedGraph.of(m);
  }

  @Override
  public void answer(SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out) {
    Dataset ds = dataset();
    ds.executeRead(() -> LocalSparql.answer(ds, query, format, timeout, out));
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
