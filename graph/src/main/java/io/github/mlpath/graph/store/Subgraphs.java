package io.github.mlpath.graph.store;

import io.github.mlpath.graph.query.SparqlQuery;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.vocab.MLP;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;

/**
 * The CONSTRUCT queries that fetch just the part of a curriculum an operation needs. A topic's
 * requirements are followed through {@code mlp:requires} and through qualified requirements (a
 * qualified node counts as the edge, as {@link io.github.mlpath.graph.read.RdfReader} reads it), so
 * every edge fetched ends at a topic that is fetched too. The other topics a fetched resource
 * teaches come as stubs (kind, label and area, no edges), so the resource reads as it is stored.
 * Areas are always included: they are few, and every topic names one.
 *
 * <p>The shapes are portable: Virtuoso 7 answers them as Jena does (the store contract runs on
 * both). Every transitive path has a constant at one end, never a start bound by {@code VALUES}
 * (refused); the topics of a closure are made {@code DISTINCT} in a sub-select before anything is
 * joined to them (a union of starts joined to a path answers nothing there); one seed is one
 * pattern, not a group of one. See docs/benchmarks.md, "Virtuoso".
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
   * found by value rather than by reading every topic's name. The three label properties are a
   * union of plain patterns, not a path of alternatives, which Virtuoso 7 answers by scanning (1.5
   * s against 0.1 s on a million topics).
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
            + " } { ?s skos:prefLabel ?l } UNION { ?s rdfs:label ?l } UNION { ?s skos:altLabel ?l } "
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
        seedIris.size() == 1
            ? "{ SELECT DISTINCT ?t WHERE { " + closureFrom(seedIris.iterator().next()) + " } } "
            : seedIris.stream()
                .map(i -> "{ " + closureFrom(i) + " }")
                .collect(Collectors.joining(" UNION ", "{ SELECT DISTINCT ?t WHERE { ", " } } "));
    return closure(seeds);
  }

  /**
   * What {@link #closureOf} fetches for each topic, for the topics given (a closure found). Here
   * the {@code VALUES} opens each branch: joined once to the whole union, Virtuoso 7 ignores it.
   */
  static Query closureTriplesOf(Collection<String> topicIris) {
    String values = "VALUES ?t { " + iris(topicIris) + " } ";
    return parse(
        "CONSTRUCT { ?s ?p ?o } WHERE {\n"
            + PER_TOPIC.stream()
                .map(branch -> "  { " + values + branch + " }\n")
                .collect(Collectors.joining("  UNION "))
            + "  UNION "
            + AREAS
            + "\n}");
  }

  private static Query closure(String topics) {
    return parse(closureText(topics));
  }

  /**
   * The text of the closure query on {@code topics}, a sub-select that binds each topic {@code ?t}
   * once: it is written once and joined to the union of what is fetched per topic, so an engine
   * finds the topics once rather than once per branch. Prefixes are the predeclared ones.
   */
  static String closureText(String topics) {
    return "CONSTRUCT { ?s ?p ?o } WHERE {\n  { "
        + topics
        + "\n    "
        + PER_TOPIC.stream().map(b -> "{ " + b + " }").collect(Collectors.joining("\n    UNION "))
        + "\n  }\n  UNION "
        + AREAS
        + "\n}";
  }

  /**
   * What is fetched for each topic {@code ?t} of a closure, one pattern per branch of a union. What
   * comes through the resources that teach a topic hangs off one pattern, so a topic no resource
   * teaches costs one lookup there, not one per kind of triple a resource brings.
   */
  private static final List<String> PER_TOPIC =
      List.of(
          "?t ?p ?o . BIND(?t AS ?s)",
          "?t mlp:qualifiedRequirement ?s . ?s ?p ?o",
          "?t mlp:startWith ?s . ?s ?p ?o",
          "?r schema:teaches ?t . " + throughResources());

  /**
   * With {@code ?r} a resource that teaches a fetched topic: the resource, the other topics it
   * teaches as stubs (kind, label and area), and the series, books and chapters it is part of, up
   * to {@link #CONTAINER_DEPTH} levels up, without what they teach: where a part sits in its source
   * decides the resource a path takes ({@code core.lookup.SeriesPlace}). Fixed steps, not a
   * property path.
   */
  private static String throughResources() {
    List<String> out = new ArrayList<>();
    out.add("?r ?p ?o . BIND(?r AS ?s)");
    out.add(
        "?r schema:teaches ?s . ?s ?p ?o . FILTER(?p IN (rdf:type, skos:prefLabel, rdfs:label,"
            + " mlp:area))");
    String chain = "?r schema:isPartOf ?s";
    for (int depth = 1; depth <= CONTAINER_DEPTH; depth++) {
      out.add(chain + " . ?s ?p ?o . FILTER(?p != schema:teaches)");
      chain =
          chain.replace(
              "?r schema:isPartOf",
              "?r schema:isPartOf ?c" + depth + " . ?c" + depth + " schema:isPartOf");
    }
    return out.stream().map(b -> "{ " + b + " }").collect(Collectors.joining(" UNION "));
  }

  /** How many levels of containers are fetched: the curriculum's deepest is 2 (book, chapter). */
  static final int CONTAINER_DEPTH = 3;

  /** The pattern of the topics {@code ?t} in the closure of one seed. */
  private static String closureFrom(String seedIri) {
    return "<" + seedIri + "> (^skos:broader)*/" + REQ + "* ?t";
  }

  /**
   * The target topic and every topic that requires it, with the edges among them. For an umbrella
   * target, its parts (topics whose {@code skos:broader} links lead up to it) count as the target.
   * An edge is among them when it ends at one of them: its start then requires the target too.
   */
  static Query dependentsOf(String targetIri) {
    String leadsUp = REQ + "*/skos:broader* <" + targetIri + ">";
    return dependents(
        "{ SELECT DISTINCT ?t WHERE { ?t " + leadsUp + " } } ", "?o " + leadsUp, "?u " + leadsUp);
  }

  /**
   * What {@link #dependentsOf} fetches for the dependents given, and the edges that end at them.
   */
  static Query dependentTriplesOf(Collection<String> topicIris) {
    String values = " { " + iris(topicIris) + " } ";
    return dependents("VALUES ?t" + values, "VALUES ?o" + values, "VALUES ?u" + values);
  }

  /**
   * The dependents query on {@code topics} (binds {@code ?t} to each dependent), {@code isObject}
   * and {@code isRequired} (hold when {@code ?o}, and {@code ?u}, is one).
   */
  private static Query dependents(String topics, String isObject, String isRequired) {
    String qualified =
        " ?t mlp:qualifiedRequirement ?q . ?q mlp:requiredTopic ?u . " + isRequired + " } } ";
    return parse(
        "CONSTRUCT { ?s ?p ?o } WHERE {\n"
            + "  { "
            + topics
            + " ?t ?p ?o . FILTER(?p IN ("
            + NAME_PROPERTIES
            + ")) BIND(?t AS ?s) }\n"
            + "  UNION { SELECT DISTINCT ?s ?p ?o WHERE { ?s mlp:requires ?o . "
            + isObject
            + " BIND(mlp:requires AS ?p) } }\n"
            + "  UNION { { SELECT DISTINCT ?t ?q WHERE {"
            + qualified
            + "BIND(?t AS ?s) BIND(mlp:qualifiedRequirement AS ?p) BIND(?q AS ?o) }\n"
            + "  UNION { { SELECT DISTINCT ?q WHERE {"
            + qualified
            + "?q ?p ?o . BIND(?q AS ?s) }\n"
            + "  UNION "
            + AREAS
            + "\n}");
  }

  /**
   * One level of a walk: the triples {@code ?f mlp:requires ?n} for each {@code ?f} of {@code from}
   * and each topic {@code ?n} one {@code step} away (a pattern on {@code ?f} and {@code ?n}, no
   * property path), whatever the step's own property is.
   */
  static Query step(Collection<String> from, String step) {
    return parse(
        "CONSTRUCT { ?f mlp:requires ?n } WHERE { VALUES ?f { "
            + iris(from)
            + " } "
            + step
            + " FILTER(isIRI(?n)) }");
  }

  /**
   * The text with the predeclared prefixes declared, for an engine's own syntax Jena cannot parse.
   */
  static String prefixed(String text) {
    StringBuilder out = new StringBuilder();
    MLP.PREFIXES.forEach(
        (p, ns) -> out.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
    return out.append(text).toString();
  }

  static String iris(Collection<String> iris) {
    return iris.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" "));
  }

  private static Query parse(String text) {
    return SparqlQuery.parse(text).query();
  }
}
