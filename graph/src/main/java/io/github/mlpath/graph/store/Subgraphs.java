package io.github.mlpath.graph.store;

import io.github.mlpath.graph.query.SparqlQuery;
import io.github.mlpath.graph.read.Terms;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;

/**
 * The CONSTRUCT queries that fetch just the part of a curriculum an operation needs. A topic's
 * requirements are followed through {@code mlp:requires} and through qualified requirements (a
 * qualified node counts as the edge, as {@link io.github.mlpath.graph.read.RdfReader} reads it), so
 * every edge fetched ends at a topic that is fetched too. The other topics a fetched resource
 * teaches come as stubs (kind, label and area, no edges), so the resource reads as it is stored.
 * Areas are always included: they are few, and every topic names one.
 */
final class Subgraphs {
  private Subgraphs() {}

  private static final String REQ = "(mlp:requires|(mlp:qualifiedRequirement/mlp:requiredTopic))";

  private static final String KINDS =
      Terms.TOPIC_CLASSES.stream()
          .map(r -> "<" + r.getURI() + ">")
          .collect(Collectors.joining(" ", "VALUES ?kind { ", " }"));

  private static final String AREAS = "{ ?s a mlp:Area ; ?p ?o }";

  private static final String NAME_PROPERTIES =
      "rdf:type, skos:prefLabel, rdfs:label, skos:altLabel, mlp:area, skos:broader,"
          + " mlp:teachingOrder";

  /** Every triple of the default graph. */
  static Query whole() {
    return parse("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
  }

  /** Topics with names, kinds and areas; with {@code edges}, their edges and reasons too. */
  static Query structure(boolean edges) {
    String props = NAME_PROPERTIES + (edges ? ", mlp:requires, mlp:qualifiedRequirement" : "");
    return parse(
        "CONSTRUCT { ?s ?p ?o } WHERE {\n"
            + "  { "
            + KINDS
            + " ?s a ?kind ; ?p ?o . FILTER(?p IN ("
            + props
            + ")) }\n"
            + (edges
                ? "  UNION { " + KINDS + " ?t a ?kind ; mlp:qualifiedRequirement ?s . ?s ?p ?o }\n"
                : "")
            + "  UNION "
            + AREAS
            + "\n}");
  }

  /**
   * The topics that one of {@code iris} names, or that have one of {@code labels} (SPARQL literals)
   * as a label or alternative label, with their names, kinds and areas: candidates for a name,
   * found by value rather than by reading every topic's name.
   */
  static Query named(Collection<String> iris, Collection<String> labels) {
    return parse(
        "CONSTRUCT { ?s ?p ?o } WHERE {\n"
            + "  { VALUES ?s { "
            + iris(iris)
            + " } "
            + KINDS
            + " ?s a ?kind ; ?p ?o . FILTER(?p IN ("
            + NAME_PROPERTIES
            + ")) }\n"
            + "  UNION { VALUES ?l { "
            + String.join(" ", labels)
            + " } ?s skos:prefLabel|rdfs:label|skos:altLabel ?l . "
            + KINDS
            + " ?s a ?kind ; ?p ?o . FILTER(?p IN ("
            + NAME_PROPERTIES
            + ")) }\n"
            + "  UNION "
            + AREAS
            + "\n}");
  }

  /**
   * The seed topics and all they require, with their qualified reasons and resources. A seed's
   * narrower topics ({@code skos:broader} read backwards) come too, so that an umbrella seed such
   * as Calculus brings all its parts.
   */
  static Query closureOf(Collection<String> seedIris) {
    String seeds =
        "VALUES ?seed { "
            + iris(seedIris)
            + " } ?seed ^skos:broader* ?part . ?part "
            + REQ
            + "* ?t .";
    return parse(
        "CONSTRUCT { ?s ?p ?o } WHERE {\n"
            + "  { "
            + seeds
            + " ?t ?p ?o . BIND(?t AS ?s) }\n"
            + "  UNION { "
            + seeds
            + " ?t mlp:qualifiedRequirement ?s . ?s ?p ?o }\n"
            + "  UNION { "
            + seeds
            + " ?s schema:teaches ?t ; ?p ?o }\n"
            + "  UNION { "
            + seeds
            + " ?r schema:teaches ?t , ?s . ?s ?p ?o . FILTER(?p IN (rdf:type, skos:prefLabel,"
            + " rdfs:label, mlp:area)) }\n"
            + "  UNION { "
            + seeds
            + " ?t mlp:startWith ?s . ?s ?p ?o }\n"
            + "  UNION "
            + AREAS
            + "\n}");
  }

  /**
   * The target topic and every topic that requires it, with the edges among them. For an umbrella
   * target, its parts (topics whose {@code skos:broader} links lead up to it) count as the target.
   */
  static Query dependentsOf(String targetIri) {
    String target = "?tgt skos:broader* <" + targetIri + "> . ";
    String up = target + "?t " + REQ + "* ?tgt .";
    String qualified =
        up
            + " ?t mlp:qualifiedRequirement ?q . ?q mlp:requiredTopic ?u . ?u "
            + REQ
            + "* ?tgt2 . "
            + "?tgt2 skos:broader* <"
            + targetIri
            + "> .";
    return parse(
        "CONSTRUCT { ?s ?p ?o } WHERE {\n"
            + "  { "
            + up
            + " ?t ?p ?o . FILTER(?p IN ("
            + NAME_PROPERTIES
            + ")) BIND(?t AS ?s) }\n"
            + "  UNION { "
            + up
            + " ?t mlp:requires ?o . ?o "
            + REQ
            + "* ?tgt3 . ?tgt3 skos:broader* <"
            + targetIri
            + "> . BIND(?t AS ?s) BIND(mlp:requires AS ?p) }\n"
            + "  UNION { "
            + qualified
            + " BIND(?t AS ?s) BIND(mlp:qualifiedRequirement AS ?p) BIND(?q AS ?o) }\n"
            + "  UNION { "
            + qualified
            + " ?q ?p ?o . BIND(?q AS ?s) }\n"
            + "  UNION "
            + AREAS
            + "\n}");
  }

  private static String iris(Collection<String> iris) {
    return iris.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" "));
  }

  private static Query parse(String text) {
    return SparqlQuery.parse(text).query();
  }
}
