package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.StoreException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;

/** The contract against a real Fuseki server on a loopback ephemeral port. */
class EndpointSourceTest extends CurriculumSourceContract {
  private FusekiServer server;

  @Override
  Store open() {
    server = StoreFixtures.fuseki();
    return Stores.endpoint(URI.create("http://127.0.0.1:" + server.getHttpPort() + "/ds/sparql"));
  }

  @Override
  boolean fetchesSubgraphs() {
    return true;
  }

  @Override
  void shutDown() {
    server.stop();
  }

  @Test
  void endpointThatDoesNotAnswerIsAClearStoreError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Store dead = Stores.endpoint(URI.create("http://127.0.0.1:" + port + "/x"));
    var e = assertThrows(StoreException.class, () -> dead.closureOf(List.of("derivatives")));
    assertTrue(e.getMessage().startsWith("endpoint http://127.0.0.1:" + port), e.getMessage());
  }

  @Test
  void onlyHttpEndpointsAreAccepted() {
    assertThrows(StoreException.class, () -> Stores.endpoint(URI.create("file:///etc/passwd")));
  }
}
