package io.github.mlpath.graph.read;

import java.util.ArrayList;
import java.util.List;

/** The shapes of qualified requirements, on every object of {@code mlp:qualifiedRequirement}. */
final class QualifiedRules {
  static final String TOPIC_MESSAGE = "a qualified requirement needs exactly one mlp:requiredTopic";
  static final String REASON_MESSAGE =
      "a qualified requirement needs one mlp:reason, a line of text";

  private QualifiedRules() {}

  static void check(Facts f, Known k, Findings out) {
    int[] nodes = qualifiedNodes(f, k);
    for (int q : nodes) {
      List<String> concerns = new ArrayList<>();
      for (int owner : f.subjects(k.qualifiedRequirement, q)) {
        if (f.isIri(owner)) {
          concerns.add(Terms.id(f.iri(owner)));
        }
      }
      ShapeChecks shape = new ShapeChecks(f, out, q, concerns);
      shape.minCount("qualified-required-topic", TOPIC_MESSAGE, k.requiredTopic, 1);
      shape.maxCount("qualified-required-topic", TOPIC_MESSAGE, k.requiredTopic, 1);
      shape.each("qualified-required-topic", TOPIC_MESSAGE, k.requiredTopic, f::isIri);
      shape.minCount("qualified-reason", REASON_MESSAGE, k.reason, 1);
      shape.uniqueLang("qualified-reason", REASON_MESSAGE, k.reason);
      shape.each(
          "qualified-reason",
          REASON_MESSAGE,
          k.reason,
          o ->
              f.isLiteral(o)
                  && (f.datatype(o).equals(k.xsdString) || f.datatype(o).equals(k.langString)));
      shape.each(
          "qualified-reason",
          REASON_MESSAGE,
          k.reason,
          o ->
              f.kind(o) != Facts.BLANK
                  && Values.str(f, o).codePointCount(0, Values.str(f, o).length()) >= 3);
    }
  }

  /** The objects of {@code mlp:qualifiedRequirement}, each once, in id order. */
  private static int[] qualifiedNodes(Facts f, Known k) {
    java.util.BitSet seen = new java.util.BitSet();
    for (int s : f.subjectsOf(k.qualifiedRequirement)) {
      for (int q : f.objects(s, k.qualifiedRequirement)) {
        seen.set(q);
      }
    }
    return seen.stream().toArray();
  }
}
