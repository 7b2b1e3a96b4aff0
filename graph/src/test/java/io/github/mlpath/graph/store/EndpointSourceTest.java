package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.SourceSpec;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.SparqlQuery;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
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
  Class<? extends GraphException> timeoutType() {
    return StoreException.class;
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

  @Test
  void aSilentEndpointIsAStoreErrorAtItsDeadline() throws Exception {
    try (SlowServer silent = SlowServer.silent()) {
      Store s =
          Stores.open(new SourceSpec.Endpoint(URI.create(silent.url()), Duration.ofSeconds(2)));
      StoreException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () -> assertThrows(StoreException.class, () -> s.closureOf(List.of("x"))));
      assertEquals(
          "endpoint "
              + silent.url()
              + " did not answer within 2 s; check that it is up, or raise"
              + " --timeout",
          e.getMessage());
    }
  }

  @Test
  void aTricklingEndpointIsStoppedAtTheDeadlineForTheWholeAnswer() throws Exception {
    try (SlowServer trickle = SlowServer.trickling()) {
      Store s =
          Stores.open(new SourceSpec.Endpoint(URI.create(trickle.url()), Duration.ofSeconds(2)));
      SparqlQuery ask = SparqlQuery.parse("ASK { ?s ?p ?o }");
      StoreException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () ->
                  assertThrows(
                      StoreException.class,
                      () ->
                          s.answer(
                              ask,
                              AnswerFormat.JSON,
                              Duration.ofSeconds(2),
                              OutputStream.nullOutputStream())));
      assertTrue(e.getMessage().contains("did not answer within 2 s"), e.getMessage());
    }
  }

  @Test
  void aClosedPortIsConnectionRefusedInWords() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Store dead = Stores.endpoint(URI.create("http://127.0.0.1:" + port + "/x"));
    var e = assertThrows(StoreException.class, () -> dead.closureOf(List.of("derivatives")));
    assertTrue(e.getMessage().endsWith("did not answer: connection refused"), e.getMessage());
  }
}
