package io.github.mlpath.graph.store;

import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfSink;
import io.github.mlpath.graph.read.RdfReader;
import io.github.mlpath.graph.read.StoreSnapshots;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads RDF files into a TDB2 store with TDB2's bulk loader (the one {@code tdb2.tdbloader} uses by
 * default), in one pass: each file is parsed once, as a stream, by the reader, which hands every
 * triple to the loader and builds the curriculum's snapshot at the same time; nothing is held in
 * memory but the reader's compact facts. All or nothing: a file that does not parse aborts the load
 * and leaves the store as it was. The store's snapshot ({@link StoreSnapshots}) is written
 * afterwards, so that planning on the store needs no query.
 *
 * <pre>{@code
 * long added = StoreLoader.load(Path.of("store"), RdfLoader.withVocabulary(RdfLoader.bundled()));
 * }</pre>
 */
public final class StoreLoader {
  private StoreLoader() {}

  /**
   * Loads the sources into the store in {@code dir}, creating it if needed.
   *
   * @return how many triples the store gained
   * @throws GraphException a {@link LoadException} or {@link SourceUnreadableException} (nothing
   *     written), or a {@link StoreException} when the store cannot be opened
   */
  public static long load(Path dir, List<DataSource> sources) {
    return into(dir, sink -> RdfReader.read(sources, sink));
  }

  /**
   * Loads an already loaded graph, such as a merge of the user's files into the bundled curriculum,
   * into the store in {@code dir}.
   *
   * @return how many triples the store gained
   */
  public static long load(Path dir, LoadedGraph loaded) {
    return into(
        dir,
        sink -> {
          loaded
              .model()
              .getGraph()
              .find()
              .forEachRemaining(
                  t -> sink.triple(t.getSubject(), t.getPredicate(), t.getObject(), 0, 0));
          return RdfReader.read(loaded);
        });
  }

  /** What feeds the loader: it hands every triple to the sink and returns the read of them. */
  private interface Feed {
    ReadResult into(RdfSink sink);
  }

  private static long into(Path dir, Feed feed) {
    Dataset ds = Tdb2Stores.connect(dir, true);
    String version = versionOf(dir);
    boolean rolledBack = false;
    ReadResult snapshot;
    long added;
    try {
      DatasetGraph dsg = ds.asDatasetGraph();
      boolean wasEmpty = Txn.calculateRead(ds, dsg::isEmpty);
      long before = wasEmpty ? 0 : size(ds);
      DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> {});
      loader.startBulk();
      ReadResult read;
      try {
        read = feed.into(new ToLoader(loader.stream()));
        read.requireParsed();
      } catch (RuntimeException | Error e) {
        rolledBack = abort(loader, e);
        throw e;
      }
      loader.finishBulk();
      added = size(ds) - before;
      snapshot =
          wasEmpty ? read : Txn.calculateRead(ds, () -> RdfReader.read(dsg.getDefaultGraph()));
    } finally {
      Tdb2Stores.release(ds.asDatasetGraph());
      if (rolledBack && !version.isEmpty()) {
        StoreSnapshots.keepAfterRollback(dir, version);
      }
    }
    StoreSnapshots.write(dir, snapshot);
    return added;
  }

  /**
   * Aborts the bulk load's transaction, so the store keeps its committed data, even after running
   * out of heap (the reader's facts are unreachable by then, so the abort has room to run).
   *
   * @return whether the transaction was rolled back
   */
  private static boolean abort(DataLoader loader, Throwable cause) {
    try {
      loader.finishException(cause instanceof Exception e ? e : new RuntimeException(cause));
      return true;
    } catch (RuntimeException | Error e) {
      cause.addSuppressed(e);
      return false;
    }
  }

  /** The store's data version before the load, or empty when it cannot be read. */
  private static String versionOf(Path dir) {
    try {
      return StoreSnapshots.version(dir);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static long size(Dataset ds) {
    return Txn.calculateRead(ds, () -> ds.asDatasetGraph().getDefaultGraph().size());
  }

  /** Hands the parsed triples to the bulk loader's stream. */
  private record ToLoader(StreamRDF stream) implements RdfSink {
    @Override
    public void triple(Node s, Node p, Node o, long at, long subjectAt) {
      stream.triple(Triple.create(s, p, o));
    }

    @Override
    public void prefix(String prefix, String iri) {
      stream.prefix(prefix, iri);
    }
  }
}
