package io.github.mlpath.graph.merge;

import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.read.Terms;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;

/**
 * The merged model as the passes that drop some of the user's edges see it ({@link UmbrellaEdges},
 * {@link MergeCycles}): each edge dropped is removed and warned about at the line the user wrote
 * it.
 *
 * @param merged the bundled curriculum with the user's files merged in
 * @param base the bundled curriculum as loaded
 * @param added the user's files as loaded
 * @param originalOf each merged IRI to the IRI the user wrote, where the merge renamed it
 * @param notes where the warnings go
 */
record MergedEdges(
    Model merged,
    LoadedGraph base,
    LoadedGraph added,
    Map<String, String> originalOf,
    MergeNotes notes) {

  /**
   * Removes the user's edge {@code e}, warning "dropped A -> B: {@code why}" under {@code rule}.
   */
  void drop(Statement e, String rule, String why) {
    Edges.remove(merged, e);
    String from = e.getSubject().getURI();
    notes.warning(
        rule,
        from,
        added.locate(originalOf.getOrDefault(from, from)),
        "dropped "
            + Terms.id(from)
            + " -> "
            + Terms.id(e.getObject().asResource().getURI())
            + ": "
            + why);
  }
}
