package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** load, and the planning commands and query on a TDB2 store. */
class StoreCommandsTest {
  @TempDir Path tmp;

  @Test
  void loadThenPlanAndQueryOnTheStore() {
    Path store = tmp.resolve("db");
    Run load = Run.of("load", "--store", store.toString(), "--bundled");
    assertEquals(0, load.exitCode(), load.err());
    assertTrue(load.out().startsWith("loaded "), load.out());
    Run fromStore =
        Run.of("need", "activation-functions", "--max-depth", "1", "--store", store.toString());
    Run fromMemory = Run.of("need", "activation-functions", "--max-depth", "1");
    assertEquals(0, fromStore.exitCode(), fromStore.err());
    assertEquals(fromMemory.out(), fromStore.out());
    for (String[] args :
        new String[][] {
          {"path", "--goal", "backpropagation", "--known", "python-basics"},
          {"why", "activation-functions", "derivatives"},
          {"used-for", "derivatives"},
          {"next", "--known", "python-basics"},
          {"order"}
        }) {
      String[] withStore = java.util.Arrays.copyOf(args, args.length + 2);
      withStore[args.length] = "--store";
      withStore[args.length + 1] = store.toString();
      assertEquals(Run.of(args).out(), Run.of(withStore).out(), String.join(" ", args));
    }
    Run q =
        Run.of("query", "--store", store.toString(), "ASK { topic:derivatives a mlp:MathTopic }");
    assertTrue(q.out().equals("yes\n"), q.out() + q.err());
  }

  @Test
  void rdfExportOfAStoreIsTheStoresGraphNotTheBundledFiles() {
    Path store = tmp.resolve("small");
    String fixture = Run.fixture("cycle.ttl");
    assertEquals(0, Run.of("load", "--store", store.toString(), fixture).exitCode());
    Run fromStore = Run.of("export", "--store", store.toString(), "--format", "ntriples");
    Run fromFile = Run.of("export", "--data", fixture, "--format", "ntriples");
    assertEquals(0, fromStore.exitCode(), fromStore.err());
    Graph stored = parse(fromStore.out());
    assertTrue(stored.isIsomorphicWith(parse(fromFile.out())), fromStore.out());
    assertEquals(9, stored.size(), "the three topics of the store, not the bundled curriculum");
  }

  private static Graph parse(String ntriples) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(ntriples, Lang.NTRIPLES).parse(g);
    return g;
  }

  @Test
  void missingStoreExits5AndIsNotCreated() {
    Path store = tmp.resolve("nope");
    Run r = Run.of("path", "--goal", "derivatives", "--store", store.toString());
    assertEquals(5, r.exitCode());
    assertTrue(r.err().contains("no TDB2 store in " + store), r.err());
    assertTrue(!store.toFile().exists());
  }

  @Test
  void dataStoreAndEndpointExcludeEachOther() {
    Run r =
        Run.of(
            "path", "--goal", "derivatives", "--store", tmp.toString(), "--data", tmp.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("exclude each other"), r.err());
  }

  @Test
  void loadOfABadFileExits4AndLeavesNoStore() {
    Path store = tmp.resolve("db2");
    Run r = Run.of("load", "--store", store.toString(), Run.fixture("syntax-error.ttl"));
    assertEquals(4, r.exitCode(), r.err());
    assertTrue(r.err().contains("syntax-error.ttl:"), r.err());
  }

  @Test
  void unreachableEndpointExits5() throws Exception {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Run r = Run.of("why", "a", "b", "--endpoint", "http://127.0.0.1:" + port + "/ds/sparql");
    assertEquals(5, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("mlpath: endpoint http://127.0.0.1:"), r.err());
  }
}
