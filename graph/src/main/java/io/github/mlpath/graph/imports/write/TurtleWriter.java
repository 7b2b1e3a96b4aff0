package io.github.mlpath.graph.imports.write;

import io.github.mlpath.core.Resource;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.imports.Imported;
import io.github.mlpath.graph.imports.ImportedEdge;
import io.github.mlpath.graph.imports.ImportedTopic;
import io.github.mlpath.graph.imports.check.ImportCheck;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.vocab.MLP;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a checked import as Turtle on mlpath's vocabulary, one block per topic (preceded by a
 * comment saying where the dataset defines it) and then one per resource, always in the dataset's
 * order, so the same dataset always gives the same file. Attribution comes first, as the datasets'
 * licences ask.
 */
public final class TurtleWriter {
  private static final String PREFIXES =
      """
      @prefix mlp:    <https://w3id.org/mlpath/ns#> .
      @prefix area:   <https://w3id.org/mlpath/area/> .
      @prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
      @prefix schema: <https://schema.org/> .
      @prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
      """;

  private TurtleWriter() {}

  /**
   * The Turtle of a checked import.
   *
   * @param checked what the checks kept
   * @param command the command that made it, for the header
   */
  public static String write(ImportCheck.Checked checked, String command) {
    Imported data = checked.kept();
    StringBuilder out = new StringBuilder(1 << 16);
    out.append("# Made by: ").append(command).append('\n');
    for (String line : data.attribution()) {
      out.append("# ").append(line).append('\n');
    }
    out.append("# The comment above each topic says where the dataset defines it.\n\n");
    out.append(PREFIXES);
    out.append("@prefix t:      ").append(Turtle.iri(data.namespace() + "topic/")).append(" .\n");
    out.append("@prefix r:      ")
        .append(Turtle.iri(data.namespace() + "resource/"))
        .append(" .\n");
    Map<String, List<ImportedEdge>> edges = new LinkedHashMap<>();
    data.edges().forEach(e -> edges.computeIfAbsent(e.topic(), k -> new ArrayList<>()).add(e));
    for (ImportedTopic t : data.topics()) {
      out.append('\n');
      topic(out, t, edges.getOrDefault(t.slug(), List.of()), data, checked);
    }
    for (Resource r : data.resources()) {
      out.append('\n');
      resource(out, r);
    }
    return out.toString();
  }

  private static void topic(
      StringBuilder out,
      ImportedTopic t,
      List<ImportedEdge> edges,
      Imported data,
      ImportCheck.Checked checked) {
    Block b = new Block(out, "# " + t.at() + "\nt:" + t.slug());
    b.add("a " + kindClass(t.kind()));
    b.add("skos:prefLabel " + Turtle.english(t.label()));
    b.add("skos:notation " + Turtle.string(t.sourceId()));
    t.definition().ifPresent(d -> b.add("skos:definition " + Turtle.english(d)));
    t.area().ifPresent(a -> b.add("mlp:area area:" + a));
    t.wikipedia()
        .ifPresent(
            w ->
                b.add(
                    (checked.looseArticles().contains(t.slug())
                            ? "skos:closeMatch "
                            : "skos:exactMatch ")
                        + Turtle.iri(w)));
    t.learningTime()
        .ifPresent(
            d -> b.add("mlp:learningTime " + Turtle.string(d.toString()) + "^^xsd:duration"));
    edges(b, edges);
    String start = data.startWith().get(t.slug());
    if (start != null) {
      b.add("mlp:startWith r:" + start);
    }
    b.end();
  }

  private static void edges(Block b, List<ImportedEdge> edges) {
    if (!edges.isEmpty()) {
      b.add("mlp:requires " + list(edges.stream().map(e -> "t:" + e.required()).toList()));
    }
    List<String> gist =
        edges.stream().filter(ImportedEdge::gist).map(e -> "t:" + e.required()).toList();
    if (!gist.isEmpty()) {
      b.add("mlp:requiresGist " + list(gist));
    }
    List<String> reasons = new ArrayList<>();
    for (ImportedEdge e : edges) {
      e.reason()
          .ifPresent(
              r ->
                  reasons.add(
                      "[ mlp:requiredTopic t:"
                          + e.required()
                          + " ; mlp:reason "
                          + Turtle.english(r)
                          + " ]"));
    }
    if (!reasons.isEmpty()) {
      b.add("mlp:qualifiedRequirement\n        " + String.join(" ,\n        ", reasons));
    }
  }

  private static void resource(StringBuilder out, Resource r) {
    Block b = new Block(out, "r:" + r.id());
    b.add("a schema:LearningResource");
    b.add("schema:name " + Turtle.string(r.title()));
    r.url().ifPresent(u -> b.add("schema:url " + Turtle.iri(u)));
    r.medium().ifPresent(m -> b.add("schema:learningResourceType " + Turtle.string(m.slug())));
    r.free().ifPresent(f -> b.add("schema:isAccessibleForFree " + f));
    r.depth().ifPresent(d -> b.add("schema:educationalLevel " + Turtle.string(d.slug())));
    r.authors().forEach(a -> b.add("schema:author " + Turtle.string(a)));
    r.partOf().ifPresent(p -> b.add("schema:isPartOf r:" + p));
    r.pagination().ifPresent(p -> b.add("schema:pagination " + Turtle.string(p)));
    if (!r.teaches().isEmpty()) {
      b.add("schema:teaches " + list(r.teaches().stream().map(t -> "t:" + t).toList()));
    }
    b.end();
  }

  private static String list(List<String> objects) {
    return String.join(" , ", objects);
  }

  private static String kindClass(TopicKind kind) {
    return Terms.KIND_CLASSES.entrySet().stream()
        .filter(e -> e.getValue() == kind)
        .map(e -> "mlp:" + e.getKey().getURI().substring(MLP.NS.length()))
        .findFirst()
        .orElseThrow();
  }

  /** One subject's predicate-object lines, joined with {@code ;} and ended with {@code .}. */
  private static final class Block {
    private final StringBuilder out;
    private boolean first = true;

    Block(StringBuilder out, String subject) {
      this.out = out.append(subject);
    }

    void add(String predicateObjects) {
      out.append(first ? "\n    " : " ;\n    ").append(predicateObjects);
      first = false;
    }

    void end() {
      out.append(" .\n");
    }
  }
}
