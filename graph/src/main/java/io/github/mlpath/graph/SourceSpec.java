package io.github.mlpath.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
   * RDF files and folders (folders read recursively), loaded in memory with the vocabulary. With
   * the bundled curriculum as well, the files are merged into it, each concept one topic (see
   * {@code io.github.mlpath.graph.merge.Merger}).
   *
   * @param paths the files and folders, in load order
   * @param withBundled whether the bundled curriculum is loaded first
   * @param mapping a file of lines {@code YOUR_ID,BUNDLED_ID} of topics that are one concept
   */
  record Files(List<Path> paths, boolean withBundled, Optional<Path> mapping)
      implements SourceSpec {
    public Files {
      paths = List.copyOf(paths);
      Objects.requireNonNull(mapping, "mapping");
    }

    /** Files without a mapping. */
    public Files(List<Path> paths, boolean withBundled) {
      this(paths, withBundled, Optional.empty());
    }

    /** Whether these are files of the user's to merge into the bundled curriculum. */
    public boolean merges() {
      return withBundled && !paths.isEmpty();
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
   * @param timeout the longest one fetch may take, from connecting to the answer's last byte
   */
  record Endpoint(URI url, Duration timeout) implements SourceSpec {
    /** The default deadline of a fetch: {@value #DEFAULT_TIMEOUT_SECONDS} s. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;

    public Endpoint {
      Objects.requireNonNull(url, "url");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
    }

    /** The endpoint with the default deadline. */
    public Endpoint(URI url) {
      this(url, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS));
    }
  }
}
