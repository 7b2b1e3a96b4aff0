package io.github.mlpath.graph.merge;

import io.github.mlpath.graph.vocab.MLP;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;

/** A prerequisite edge in a model with what belongs to it: its gist mark and its reason node. */
final class Edges {
  private Edges() {}

  /** Whether the edge has a reason on a qualified node. */
  static boolean hasReason(Model m, Statement e) {
    return m.listObjectsOfProperty(e.getSubject(), MLP.qualifiedRequirement).toList().stream()
        .filter(RDFNode::isResource)
        .anyMatch(q -> q.asResource().hasProperty(MLP.requiredTopic, e.getObject()));
  }

  /** Removes the edge, its gist mark and its qualified nodes. */
  static void remove(Model m, Statement e) {
    m.remove(e);
    m.remove(e.getSubject(), MLP.requiresGist, e.getObject());
    for (RDFNode q : m.listObjectsOfProperty(e.getSubject(), MLP.qualifiedRequirement).toList()) {
      if (q.isResource() && q.asResource().hasProperty(MLP.requiredTopic, e.getObject())) {
        m.remove(e.getSubject(), MLP.qualifiedRequirement, q);
        m.removeAll(q.asResource(), null, null);
      }
    }
  }
}
