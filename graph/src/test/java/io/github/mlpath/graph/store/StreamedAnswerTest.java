package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.StoreException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * An endpoint's answer is read as it arrives, with no graph built on the way: the same triple sent
 * twice counts once, and an answer that does not parse or ends early is refused in one line naming
 * the endpoint, never planned on. Fuseki is asked for rows, which read as the same graph. The
 * answers are files under {@code fixtures/endpoint/}.
 */
class StreamedAnswerTest {
  private static final String NT = "application/n-triples";

  @Test
  void anAnswerWithEveryTripleTwiceIsReadAsTheGraphItIs() throws Exception {
    Curriculum once = closure(fixture("two-topics.nt"), NT);
    Curriculum twice = closure(fixture("two-topics-twice.nt"), NT);
    PathRequest r = PathRequest.to("derivatives");
    assertEquals(2, once.size());
    assertEquals(once.size(), twice.size());
    assertEquals(once.edgeCount(), twice.edgeCount());
    assertEquals(Planner.of(once).path(r), Planner.of(twice).path(r));
  }

  @Test
  void anAnswerCutInTheMiddleOfALineIsRefusedInOneLine() throws Exception {
    assertRefused(fixture("cut-mid-line.nt"), NT, 0);
  }

  @Test
  void anAnswerShorterThanItsAnnouncedLengthIsRefusedInOneLine() throws Exception {
    assertRefused(fixture("two-topics.nt"), NT, 500);
  }

  @Test
  void aTurtleAnswerThatDoesNotParseIsRefusedInOneLine() throws Exception {
    assertRefused(fixture("broken.ttl"), "text/turtle", 0);
  }

  @Test
  void fusekiIsAskedTheClosureAsRowsReadAsTheGraphTheyMake() throws Exception {
    Curriculum graph = closure(fixture("two-topics.nt"), NT);
    byte[] twice = fixture("two-topics-twice.nt");
    try (FakeEndpoint fuseki = FakeEndpoint.fuseki(twice, thriftRows(twice), 0)) {
      Curriculum rows = Stores.endpoint(fuseki.url()).closureOf(List.of("derivatives"));
      PathRequest r = PathRequest.to("derivatives");
      assertEquals(graph.size(), rows.size());
      assertEquals(graph.edgeCount(), rows.edgeCount());
      assertEquals(Planner.of(graph).path(r), Planner.of(rows).path(r));
      String closure = fuseki.queries().get(fuseki.queries().size() - 1);
      assertTrue(closure.contains("SELECT  ?s ?p ?o"), closure);
    }
  }

  @Test
  void fusekiRowsThatBreakOffAreRefusedInOneLine() throws Exception {
    byte[] nt = fixture("two-topics.nt");
    try (FakeEndpoint fuseki = FakeEndpoint.fuseki(nt, thriftRows(nt), 500)) {
      assertRefusedBy(fuseki);
    }
  }

  private static void assertRefused(byte[] body, String type, int missing) throws IOException {
    try (FakeEndpoint endpoint = FakeEndpoint.answering(body, type, missing)) {
      assertRefusedBy(endpoint);
    }
  }

  private static void assertRefusedBy(FakeEndpoint endpoint) {
    StoreException e =
        assertThrows(
            StoreException.class,
            () -> Stores.endpoint(endpoint.url()).closureOf(List.of("derivatives")));
    assertTrue(e.getMessage().startsWith("endpoint " + endpoint.url() + " "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  private static Curriculum closure(byte[] body, String type) throws IOException {
    try (FakeEndpoint endpoint = FakeEndpoint.answering(body, type, 0)) {
      return Stores.endpoint(endpoint.url()).closureOf(List.of("derivatives"));
    }
  }

  /** The triples of N-Triples as Thrift rows of ?s ?p ?o, and a row that makes no triple. */
  private static byte[] thriftRows(byte[] ntriples) {
    Var s = Var.alloc("s");
    Var p = Var.alloc("p");
    Var o = Var.alloc("o");
    List<Binding> rows = new ArrayList<>();
    graphOf(ntriples)
        .find()
        .forEach(
            t ->
                rows.add(
                    Binding.builder()
                        .add(s, t.getSubject())
                        .add(p, t.getPredicate())
                        .add(o, t.getObject())
                        .build()));
    Node literal = NodeFactory.createLiteralString("not a subject");
    rows.add(Binding.builder().add(s, literal).add(p, RDF.type.asNode()).add(o, literal).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsWriter.create()
        .lang(ResultSetLang.RS_Thrift)
        .write(out, RowSetStream.create(List.of(s, p, o), rows.iterator()));
    return out.toByteArray();
  }

  private static Graph graphOf(byte[] ntriples) {
    return RDFParser.source(new ByteArrayInputStream(ntriples)).lang(Lang.NTRIPLES).toGraph();
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        StreamedAnswerTest.class.getResourceAsStream("/fixtures/endpoint/" + name)) {
      return in.readAllBytes();
    }
  }
}
