package io.github.mlpath.graph.merge;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.order.Cycles;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.vocab.MLP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * Two curricula that order two topics differently make a cycle once merged. Such a cycle, made of
 * edges of both, loses the user's weakest edge on it (a gist edge first, then one without a reason,
 * then the pair that sorts last), until none is left; the bundled curriculum is the reference. A
 * cycle of the user's edges alone is left for {@code validate} to report.
 */
final class MergeCycles {
  private MergeCycles() {}

  static void drop(MergedEdges edges) {
    Model merged = edges.merged();
    while (true) {
      Map<String, Resource> byId = new HashMap<>();
      Curriculum c = graph(merged, byId);
      boolean dropped = false;
      for (List<String> cycle : Cycles.find(c)) {
        Optional<Statement> weakest = weakest(cycle, byId, merged, edges.base());
        if (weakest.isEmpty()) {
          continue;
        }
        edges.drop(
            weakest.get(),
            "merge-cycle",
            "with the bundled curriculum it closes the cycle "
                + String.join(" -> ", cycle)
                + " -> "
                + cycle.get(0));
        dropped = true;
      }
      if (!dropped) {
        return;
      }
    }
  }

  /** The user's weakest edge on the cycle, if the cycle has edges of both sides. */
  private static Optional<Statement> weakest(
      List<String> cycle, Map<String, Resource> byId, Model merged, LoadedGraph base) {
    List<Statement> added = new ArrayList<>();
    boolean hasBase = false;
    for (int i = 0; i < cycle.size(); i++) {
      Resource s = byId.get(cycle.get(i));
      Resource o = byId.get(cycle.get((i + 1) % cycle.size()));
      Statement st = merged.createStatement(s, MLP.requires, o);
      if (base.model().contains(st)) {
        hasBase = true;
      } else {
        added.add(st);
      }
    }
    if (!hasBase || added.isEmpty()) {
      return Optional.empty();
    }
    Comparator<Statement> weakestFirst =
        Comparator.comparing(
                (Statement st) ->
                    !merged.contains(st.getSubject(), MLP.requiresGist, st.getObject()))
            .thenComparing(st -> Edges.hasReason(merged, st))
            .thenComparing(
                (Statement st) -> st.getSubject().getURI() + " " + st.getObject(),
                Comparator.reverseOrder());
    return added.stream().min(weakestFirst);
  }

  private static Curriculum graph(Model m, Map<String, Resource> byId) {
    CurriculumBuilder b = new CurriculumBuilder();
    for (Resource t : Terms.topics(m)) {
      String id = Terms.id(t.getURI());
      if (byId.putIfAbsent(id, t) == null) {
        b.addTopic(Topic.of(id, "urn:mlpath:merge:" + id, id, TopicKind.MATH));
      }
    }
    m.listStatements(null, MLP.requires, (org.apache.jena.rdf.model.RDFNode) null)
        .forEachRemaining(
            st -> {
              if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                String s = Terms.id(st.getSubject().getURI());
                String o = Terms.id(st.getObject().asResource().getURI());
                if (byId.containsKey(s)
                    && byId.containsKey(o)
                    && byId.get(s).equals(st.getSubject())
                    && byId.get(o).equals(st.getObject())) {
                  b.addPrerequisite(s, o);
                }
              }
            });
    return b.build();
  }
}
