package io.github.mlpath.graph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mlpath.graph.load.RdfSink;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class PipelinedSinkTest {
  private static final Node P = NodeFactory.createURI("urn:p");

  @Test
  void everyTripleAndPrefixReachesTheSinkInTheOrderParsed() {
    List<String> seen = new ArrayList<>();
    RdfSink sink =
        new RdfSink() {
          @Override
          public void triple(Node s, Node p, Node o, long at, long subjectAt) {
            seen.add(s.getURI() + " " + at + " " + subjectAt);
          }

          @Override
          public void prefix(String prefix, String iri) {
            seen.add("prefix " + prefix);
          }
        };
    List<String> expected = new ArrayList<>();
    try (PipelinedSink pipe = new PipelinedSink(sink)) {
      for (int i = 0; i < 10_000; i++) {
        if (i == 5_000) {
          pipe.prefix("x", "urn:x#");
          expected.add("prefix x");
        }
        pipe.triple(NodeFactory.createURI("urn:s" + i), P, P, i, i + 1);
        expected.add("urn:s" + i + " " + i + " " + (i + 1));
      }
    }
    assertEquals(expected, seen);
  }

  @Test
  void whatTheSinkThrowsStopsTheParserWithTheSameException() {
    IllegalStateException failure = new IllegalStateException("sink full");
    RdfSink sink =
        (s, p, o, at, subjectAt) -> {
          throw failure;
        };
    PipelinedSink pipe = new PipelinedSink(sink);
    RuntimeException thrown =
        assertThrows(
            RuntimeException.class,
            () -> {
              for (int i = 0; i < 1_000_000; i++) {
                pipe.triple(P, P, P, i, i);
              }
              pipe.close();
            });
    assertSame(failure, thrown);
  }
}
