package io.github.mlpath.graph.merge;

import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.vocab.MLP;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Where the user's data and the bundled curriculum describe one topic, keeps one value of each
 * property a topic has once: the bundled curriculum's. A different label, area, kind or learning
 * time from the user is a conflict, reported with both values (the user's label stays as an
 * alternative label, so the user's name still finds the topic); a different definition or start
 * resource is replaced without a word, since two sources word things differently. What the bundled
 * curriculum lacks, the user's data adds.
 */
final class Reconciler {
  private record Single(
      Property property, String name, boolean conflict, Predicate<RDFNode> only) {}

  private static final List<Single> SINGLE =
      List.of(
          new Single(SKOS.prefLabel, "label", true, n -> true),
          new Single(RDF.type, "kind", true, n -> Terms.KIND_CLASSES.containsKey(n)),
          new Single(MLP.area, "area", true, n -> true),
          new Single(MLP.learningTime, "learning time", true, n -> true),
          new Single(SKOS.definition, "definition", false, n -> true),
          new Single(MLP.startWith, "start resource", false, n -> true));

  private Reconciler() {}

  /**
   * Reconciles one topic in the merged model.
   *
   * @param merged the merged model, changed in place
   * @param base the bundled curriculum alone
   * @param added the user's data alone
   * @param baseIri the topic's IRI in the bundled curriculum (and in the merged model)
   * @param addedIri its IRI in the user's data
   */
  static void topic(
      Model merged,
      LoadedGraph base,
      LoadedGraph added,
      String baseIri,
      String addedIri,
      MergeNotes notes) {
    Resource inBase = base.model().getResource(baseIri);
    Resource inAdded = added.model().getResource(addedIri);
    Resource inMerged = merged.getResource(baseIri);
    for (Single s : SINGLE) {
      Set<RDFNode> b = values(inBase, s);
      Set<RDFNode> a = values(inAdded, s);
      if (b.isEmpty() || a.isEmpty() || b.equals(a)) {
        continue;
      }
      boolean sameButCase = folded(a).equals(folded(b));
      for (RDFNode v : a) {
        if (!b.contains(v)) {
          merged.remove(inMerged, s.property(), v);
          if (s.property().equals(SKOS.prefLabel) && !sameButCase) {
            merged.add(inMerged, SKOS.altLabel, v);
          }
        }
      }
      if (s.conflict() && !sameButCase) {
        notes.warning(
            "merge-conflict",
            baseIri,
            added.locate(addedIri),
            "topic '"
                + Terms.id(addedIri)
                + "' is the bundled topic '"
                + Terms.id(baseIri)
                + "' but gives another "
                + s.name()
                + ": "
                + shown(a)
                + " here, "
                + shown(b)
                + " in the bundled curriculum"
                + base.locate(baseIri).map(l -> " (" + l + ")").orElse("")
                + "; the bundled one is kept");
      }
    }
  }

  private static Set<RDFNode> values(Resource r, Single s) {
    return r.listProperties(s.property()).mapWith(Statement::getObject).toList().stream()
        .filter(s.only())
        .collect(Collectors.toSet());
  }

  private static Set<String> folded(Set<RDFNode> values) {
    return values.stream()
        .map(
            n ->
                n.isLiteral()
                    ? n.asLiteral().getLexicalForm().strip().toLowerCase(java.util.Locale.ROOT)
                    : n.toString())
        .collect(Collectors.toSet());
  }

  private static String shown(Set<RDFNode> values) {
    return values.stream()
        .map(
            n ->
                n.isLiteral()
                    ? "\"" + n.asLiteral().getLexicalForm() + "\""
                    : n.isURIResource() ? Terms.id(n.asResource().getURI()) : n.toString())
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
