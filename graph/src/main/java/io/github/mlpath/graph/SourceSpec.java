package io.github.mlpath.graph;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Which curriculum to open: RDF files (with or without the bundled curriculum), a TDB2 store or a
 * SPARQL endpoint. The command line's {@code --data}/{@code --bundled}, {@code --store} and {@code
 * --endpoint} build one; {@link io.github.mlpath.graph.store.Stores#open} opens it. Immutable.
 */
public sealed interface SourceSpec {

  /** The bundled curriculum alone. */
  static SourceSpec bundled() {
    return new Files(List.of(), true);
  }

  /**
   * RDF files and folders (folders read recursively), loaded in memory with the vocabulary.
   *
   * @param paths the files and folders, in load order
   * @param withBundled whether the bundled curriculum is loaded first
   */
  record Files(List<Path> paths, boolean withBundled) implements SourceSpec {
    public Files {
      paths = List.copyOf(paths);
    }
  }

  /**
   * The TDB2 store in a folder, which must exist (made by {@code mlpath load}).
   *
   * @param dir the store's folder
   */
  record Tdb2(Path dir) implements SourceSpec {
    public Tdb2 {
      Objects.requireNonNull(dir, "dir");
    }
  }

  /**
   * A SPARQL 1.1 query endpoint over HTTP or HTTPS.
   *
   * @param url the endpoint's address
   */
  record Endpoint(URI url) implements SourceSpec {
    public Endpoint {
      Objects.requireNonNull(url, "url");
    }
  }
}
