package io.github.mlpath.graph.store;

import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.SourceSpec;
import io.github.mlpath.graph.StoreException;
import java.time.Duration;

/**
 * The contract against Virtuoso open source, a SPARQL engine that is not Jena: "any SPARQL 1.1
 * endpoint" holds on an engine with its own reading of property paths (see docs/benchmarks.md,
 * "Virtuoso").
 */
class VirtuosoSourceTest extends CurriculumSourceContract {
  private VirtuosoServer server;

  @Override
  Store open() throws Exception {
    server = VirtuosoServer.holding(StoreFixtures.bundled().model());
    return Stores.open(new SourceSpec.Endpoint(server.endpoint(), Duration.ofSeconds(30)));
  }

  @Override
  boolean fetchesSubgraphs() {
    return true;
  }

  @Override
  Class<? extends GraphException> timeoutType() {
    return StoreException.class;
  }

  @Override
  void shutDown() {
    if (server != null) {
      server.close();
    }
  }
}
