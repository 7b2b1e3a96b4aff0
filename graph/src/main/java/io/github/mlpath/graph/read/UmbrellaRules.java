package io.github.mlpath.graph.read;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shapes of umbrella topics (groupings, never steps) and of the teaching order: nothing
 * requires an umbrella, an umbrella requires nothing, an umbrella has parts, a teaching order is
 * one integer.
 */
final class UmbrellaRules {
  static final String REQUIRED_MESSAGE =
      "requires the umbrella topic '%s', a grouping of the topics under it; require the parts that"
          + " are needed instead";
  static final String REQUIRES_MESSAGE =
      "an umbrella topic groups the topics under it and is learned through them, so it requires"
          + " nothing itself; it requires '%s'";
  static final String WITHOUT_PARTS_MESSAGE =
      "an umbrella topic with no parts: no topic has skos:broader leading up to it";
  static final String TEACHING_ORDER_MESSAGE = "mlp:teachingOrder must be one integer";
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

  private UmbrellaRules() {}

  static void check(Facts f, Known k, Classes classes, Findings out) {
    BitSet typedUmbrellas = classes.typedInstances(k.umbrella); // has(v, type, umbrella), at once
    for (int t : f.subjectsOf(k.requires)) {
      for (int v : f.objects(t, k.requires)) {
        if (typedUmbrellas.get(v)) {
          out.error(
              "umbrella-required",
              String.format(REQUIRED_MESSAGE, Terms.id(Values.str(f, v))),
              t,
              f.position(t, k.requires, v),
              concerns(f, t));
        }
      }
    }
    BitSet umbrellas = classes.instances(k.umbrella);
    for (int u = umbrellas.nextSetBit(0); u >= 0; u = umbrellas.nextSetBit(u + 1)) {
      for (int v : f.objects(u, k.requires)) {
        out.error(
            "umbrella-requires",
            String.format(REQUIRES_MESSAGE, Terms.id(Values.str(f, v))),
            u,
            f.position(u, k.requires, v),
            concerns(f, u));
      }
      if (f.subjects(k.broader, u).length == 0) {
        out.warning(
            "umbrella-without-parts", WITHOUT_PARTS_MESSAGE, u, f.firstPosition(u), concerns(f, u));
      }
    }
    for (int t : f.subjectsOf(k.teachingOrder)) {
      ShapeChecks shape = new ShapeChecks(f, out, t, concerns(f, t));
      shape.maxCount("teaching-order", TEACHING_ORDER_MESSAGE, k.teachingOrder, 1);
      shape.each(
          "teaching-order",
          TEACHING_ORDER_MESSAGE,
          k.teachingOrder,
          o ->
              f.isLiteral(o)
                  && f.datatype(o).equals(k.xsdInteger)
                  && INTEGER.matcher(f.lexical(o)).matches());
    }
  }

  private static List<String> concerns(Facts f, int t) {
    return f.isIri(t) ? List.of(Terms.id(f.iri(t))) : List.of();
  }
}
