package io.github.mlpath.graph.store;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.RdfReader;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.eclipse.jetty.server.ServerConnector;

/** The bundled curriculum, loaded once, and a Fuseki server on a loopback ephemeral port. */
final class StoreFixtures {
  private StoreFixtures() {}

  private static LoadedGraph bundled;

  static synchronized LoadedGraph bundled() {
    if (bundled == null) {
      bundled = RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled()));
    }
    return bundled;
  }

  static Curriculum bundledCurriculum() {
    return RdfReader.curriculumOf(RdfLoader.withVocabulary(RdfLoader.bundled()));
  }

  /** What a CONSTRUCT query fetches from the bundled curriculum when Jena answers it in memory. */
  static Curriculum onJena(org.apache.jena.query.Query construct) {
    try (var qe =
        org.apache.jena.query.QueryExecution.create()
            .query(construct)
            .model(bundled().model())
            .build()) {
      return RdfReader.curriculumOf(qe.execConstruct().getGraph());
    }
  }

  /** A read-only Fuseki server of the bundled curriculum at {@code /ds}, on 127.0.0.1. */
  static FusekiServer fuseki() {
    Dataset ds = DatasetFactory.create(bundled().model());
    FusekiServer server = FusekiServer.create().port(0).add("/ds", ds, false).build();
    for (var c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setHost("127.0.0.1");
      }
    }
    return server.start();
  }
}
