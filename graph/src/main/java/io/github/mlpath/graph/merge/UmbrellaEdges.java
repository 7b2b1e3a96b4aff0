package io.github.mlpath.graph.merge;

import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.vocab.MLP;
import java.util.List;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * A bundled umbrella topic (such as Probability, {@code mlp:Umbrella}) groups the topics under it
 * and is never a step, so nothing requires it and it requires nothing. A user's topic merged into
 * one keeps its resources and names, but the user's edges to or from it are dropped, each with a
 * warning that says how to keep it (map the topic to the part it means).
 */
final class UmbrellaEdges {
  private UmbrellaEdges() {}

  static void drop(MergedEdges edges) {
    LoadedGraph base = edges.base();
    List<Statement> all =
        edges.merged().listStatements(null, MLP.requires, (RDFNode) null).toList();
    for (Statement e : all) {
      if (base.model().contains(e) || !e.getObject().isURIResource()) {
        continue;
      }
      Resource s = e.getSubject();
      Resource o = e.getObject().asResource();
      boolean toUmbrella = isUmbrella(base, o);
      if (!toUmbrella && !isUmbrella(base, s)) {
        continue;
      }
      String umbrella = Terms.id((toUmbrella ? o : s).getURI());
      edges.drop(
          e,
          "merge-umbrella",
          "'"
              + umbrella
              + "' is a bundled umbrella topic, a grouping that is never required and requires"
              + " nothing; map your topic to the part you mean with --mapping to keep the edge");
    }
  }

  private static boolean isUmbrella(LoadedGraph base, Resource r) {
    return base.model().contains(base.model().getResource(r.getURI()), RDF.type, MLP.Umbrella);
  }
}
