package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.StoreException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the headers of an endpoint's answers change: an answer the endpoint says it cut short is
 * refused in one line, never planned on, and Virtuoso is asked the closure in its own syntax.
 */
class AnswerHeadersTest {
  private static final String DERIVATIVES =
      "<https://w3id.org/mlpath/topic/derivatives> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
          + " <https://w3id.org/mlpath/ns#MathTopic> .\n"
          + "<https://w3id.org/mlpath/topic/derivatives> <http://www.w3.org/2004/02/skos/core#prefLabel>"
          + " \"Derivatives\"@en .\n";

  @Test
  void anAnswerCutAtVirtuososRowLimitIsRefusedInOneLine() throws Exception {
    try (FakeEndpoint cutting =
        new FakeEndpoint(DERIVATIVES, Map.of("X-SPARQL-MaxRows", "10000"))) {
      StoreException e =
          assertThrows(
              StoreException.class,
              () -> Stores.endpoint(cutting.url()).closureOf(List.of("derivatives")));
      assertEquals(
          "endpoint "
              + cutting.url()
              + " did not answer in full: it cut its answer at 10000 rows (Virtuoso's"
              + " ResultSetMaxRows); raise that limit on the server",
          e.getMessage());
    }
  }

  /** Virtuoso cuts a CONSTRUCT with no sign of it; a SELECT of one more row shows the limit. */
  @Test
  void aGraphVirtuosoCutAtItsRowLimitIsFoundByOneMoreRowAndRefused() throws Exception {
    try (FakeEndpoint cutting =
        new FakeEndpoint(
            DERIVATIVES,
            Map.of("Server", "Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu"),
            Map.of("X-SPARQL-MaxRows", "2"))) {
      StoreException e =
          assertThrows(
              StoreException.class,
              () -> Stores.endpoint(cutting.url()).closureOf(List.of("derivatives")));
      assertTrue(e.getMessage().contains("cut its answer at 2 rows"), e.getMessage());
      assertTrue(cutting.queries().get(1).endsWith("LIMIT 3"), cutting.queries().toString());
    }
  }

  @Test
  void anAnswerStoppedAtVirtuososTimeLimitIsRefused() throws Exception {
    try (FakeEndpoint stopped =
        new FakeEndpoint(
            DERIVATIVES,
            Map.of("X-SQL-State", "S1TAT", "X-SQL-Message", "Returning incomplete results"))) {
      StoreException e =
          assertThrows(
              StoreException.class,
              () -> Stores.endpoint(stopped.url()).closureOf(List.of("derivatives")));
      assertTrue(e.getMessage().contains("MaxQueryExecutionTime"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
  }

  @Test
  void virtuosoIsAskedTheClosureWithItsTransitiveOptionAndOthersWithAPropertyPath()
      throws Exception {
    for (String server : List.of("Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu", "Jetty")) {
      try (FakeEndpoint endpoint = new FakeEndpoint(DERIVATIVES, Map.of("Server", server))) {
        Curriculum c = Stores.endpoint(endpoint.url()).closureOf(List.of("derivatives"));
        assertTrue(c.topic("derivatives").isPresent());
        String closure = endpoint.queries().get(endpoint.queries().size() - 1);
        assertEquals(
            server.startsWith("Virtuoso"), closure.contains("OPTION (TRANSITIVE"), closure);
        assertEquals(!server.startsWith("Virtuoso"), closure.contains(")*"), closure);
      }
    }
  }
}
