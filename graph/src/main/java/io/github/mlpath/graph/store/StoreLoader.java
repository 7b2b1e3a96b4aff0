package io.github.mlpath.graph.store;

import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/**
 * Loads RDF files into a TDB2 store, all or nothing: every file is parsed strictly first (as {@link
 * RdfLoader} does), and only then are the triples written, in one write transaction. A load that
 * fails or is killed leaves the store as it was.
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
    return load(dir, RdfLoader.load(sources));
  }

  /**
   * Loads an already loaded graph, such as a merge of the user's files into the bundled curriculum,
   * into the store in {@code dir}, in one write transaction.
   *
   * @return how many triples the store gained
   */
  public static long load(Path dir, LoadedGraph loaded) {
    Dataset ds = Tdb2Stores.connect(dir, true);
    try {
      return Txn.calculateWrite(
          ds,
          () -> {
            long before = ds.getDefaultModel().size();
            ds.getDefaultModel().add(loaded.model());
            return ds.getDefaultModel().size() - before;
          });
    } finally {
      Tdb2Stores.release(ds.asDatasetGraph());
    }
  }
}
