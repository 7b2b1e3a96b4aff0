package io.github.mlpath.graph.store;

import io.github.mlpath.graph.SourceSpec;
import io.github.mlpath.graph.imports.mapping.ConceptMapping;
import io.github.mlpath.graph.load.Inputs;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.merge.Merger;
import java.net.URI;
import java.nio.file.Path;

/**
 * Opens the store a {@link SourceSpec} names: files are loaded strictly into memory, a TDB2 store
 * is opened for reading, an endpoint is only remembered until a command asks for something.
 *
 * <pre>{@code
 * try (Store store = Stores.open(new SourceSpec.Files(List.of(Path.of("my.ttl")), true))) {
 *   Curriculum c = store.closureOf(List.of("backpropagation"));
 * }
 * }</pre>
 */
public final class Stores {
  private Stores() {}

  /**
   * Opens the store; the caller closes it.
   *
   * @throws io.github.mlpath.graph.GraphException when files cannot be read or parsed, or the store
   *     cannot be opened
   */
  public static Store open(SourceSpec spec) {
    if (spec instanceof SourceSpec.Files f) {
      if (f.merges()) {
        Merger.Merged m =
            Merger.merge(
                RdfLoader.bundled(),
                RdfLoader.files(f.paths()),
                f.mapping().map(ConceptMapping::read).orElse(ConceptMapping.none()));
        return new MemorySource(m.graph(), m.notes());
      }
      return new MemorySource(Inputs.of(f.paths(), f.withBundled()));
    }
    if (spec instanceof SourceSpec.Tdb2 t) {
      return tdb2(t.dir());
    }
    if (spec instanceof SourceSpec.Endpoint e) {
      return new EndpointSource(e.url(), e.timeout());
    }
    // Java 17 cannot switch over a sealed type; StoresTest opens every permitted kind.
    throw new IllegalArgumentException("unknown source " + spec);
  }

  /** The curriculum already loaded in memory; subgraphs would save nothing, so each is whole. */
  public static Store memory(LoadedGraph loaded) {
    return new MemorySource(loaded);
  }

  /**
   * The TDB2 store in {@code dir}, opened for reading.
   *
   * @throws io.github.mlpath.graph.StoreException when there is no store there, or another process
   *     has it open
   */
  public static Store tdb2(Path dir) {
    return Tdb2Source.open(dir);
  }

  /** The SPARQL 1.1 query endpoint at {@code url}; nothing is fetched until asked. */
  public static Store endpoint(URI url) {
    return new EndpointSource(url, EndpointSource.FETCH_TIMEOUT);
  }
}
