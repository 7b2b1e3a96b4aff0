package io.github.mlpath.graph.read;

import io.github.mlpath.core.TopicKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The topic shapes of {@code mlpath/shapes.ttl}, checked on {@link Facts}: each rule id is a
 * shape's local name and each message its {@code sh:message}, so that a report reads as
 * jena-shacl's did (a test runs both on every fixture and compares).
 */
final class TopicRules {
  static final String ID_MESSAGE =
      "a topic's IRI must end in a lower-case slug of its label, such as .../chain-rule: that"
          + " slug is its id";
  static final String LABEL_MESSAGE = "topic has no skos:prefLabel";
  static final String LABEL_TEXT_MESSAGE =
      "a topic's skos:prefLabel must not be empty or only spaces: it is what a learner reads";
  static final String SINGLE_LABEL_MESSAGE = "topic has two skos:prefLabels in one language";
  static final String AREA_MESSAGE = "mlp:area must name one mlp:Area";
  static final String START_WITH_MESSAGE = "mlp:startWith must name one schema:LearningResource";
  static final String KIND_MESSAGE =
      "topic must have exactly one kind: mlp:ProgrammingSkill, mlp:Project, mlp:MLConcept or"
          + " mlp:MathTopic";
  static final String LEARNING_TIME_MESSAGE =
      "mlp:learningTime must be one xsd:duration, such as PT1H30M";

  private final Facts f;
  private final Known k;
  private final Findings out;
  private final BitSet areas;
  private final BitSet resources;

  TopicRules(Facts f, Known k, Classes classes, Findings out) {
    this.f = f;
    this.k = k;
    this.out = out;
    this.areas = classes.instances(k.areaClass);
    this.resources = classes.instances(k.learningResource);
  }

  void check(TopicSet topics) {
    for (int t = topics.shaped.nextSetBit(0); t >= 0; t = topics.shaped.nextSetBit(t + 1)) {
      List<String> concerns = concerns(t);
      if (topics.identified.get(t) && !(f.isIri(t) && Slug.ends(f.iri(t)))) {
        out.error("topic-id", ID_MESSAGE, t, f.firstPosition(t), concerns);
      }
      ShapeChecks shape = new ShapeChecks(f, out, t, concerns);
      shape.minCountLeftOut("topic-label", LABEL_MESSAGE, k.prefLabel, 1);
      shape.each(
          "topic-label-text",
          LABEL_TEXT_MESSAGE,
          k.prefLabel,
          o -> ResourceRules.matches(f, o, ResourceRules.TEXT));
      shape.uniqueLang("topic-single-label", SINGLE_LABEL_MESSAGE, k.prefLabel);
      shape.maxCount("topic-area", AREA_MESSAGE, k.area, 1);
      shape.eachLeftOut("topic-area", AREA_MESSAGE, k.area, o -> areas.get(o));
      shape.maxCount("topic-start-with", START_WITH_MESSAGE, k.startWith, 1);
      shape.eachLeftOut("topic-start-with", START_WITH_MESSAGE, k.startWith, o -> resources.get(o));
      List<TopicKind> kinds = TopicSet.kinds(f, k, t);
      if (kinds.size() != 1) {
        List<String> affected = new ArrayList<>(concerns);
        if (kinds.isEmpty()) {
          affected.addAll(requirers(t)); // their edges to a topic without a kind are dropped
        }
        out.leftOut("topic-kind", KIND_MESSAGE, t, f.firstPosition(t), affected);
      }
      qualifiedWithoutEdge(t);
      startWithTeaches(t, concerns);
    }
    for (int t : f.subjectsOf(k.requiresGist)) {
      gistWithoutEdge(t);
    }
    for (int t : f.subjectsOf(k.learningTime)) {
      List<String> concerns = concerns(t);
      ShapeChecks shape = new ShapeChecks(f, out, t, concerns);
      shape.maxCount("topic-learning-time", LEARNING_TIME_MESSAGE, k.learningTime, 1);
      shape.each(
          "topic-learning-time",
          LEARNING_TIME_MESSAGE,
          k.learningTime,
          o ->
              f.isLiteral(o)
                  && f.datatype(o).equals(k.xsdDuration)
                  && ResourceRules.matches(f, o, ResourceRules.DURATION));
    }
  }

  private void gistWithoutEdge(int t) {
    for (int v : f.objects(t, k.requiresGist)) {
      if (!f.has(t, k.requires, v)) {
        String rule = "topic-gist-without-edge";
        withoutEdge(rule, "mlp:requiresGist", t, v, f.position(t, k.requiresGist, v));
      }
    }
  }

  private void qualifiedWithoutEdge(int t) {
    for (int q : f.objects(t, k.qualifiedRequirement)) {
      for (int v : f.objects(q, k.requiredTopic)) {
        if (!f.has(t, k.requires, v)) {
          String rule = "topic-qualified-without-edge";
          withoutEdge(
              rule, "a qualified requirement", t, v, f.position(t, k.qualifiedRequirement, q));
        }
      }
    }
  }

  /** The warning that {@code t} names {@code v} as a requirement ({@code what}) without an edge. */
  private void withoutEdge(String rule, String what, int t, int v, long at) {
    out.warning(
        rule,
        what
            + " names "
            + Values.shown(f, v)
            + " but the topic has no direct mlp:requires edge to it; SPARQL over"
            + " mlp:requires will not see it",
        t,
        at,
        concerns(t));
  }

  /** The id of the topic a problem about {@code t} concerns, when it has one. */
  private List<String> concerns(int t) {
    return f.isIri(t) ? List.of(Terms.id(f.iri(t))) : List.of();
  }

  private void startWithTeaches(int t, List<String> concerns) {
    for (int v : f.objects(t, k.startWith)) {
      if (f.has(v, k.teaches, t)) {
        continue;
      }
      boolean viaPart = false;
      for (int part : f.subjects(k.partOf, v)) {
        viaPart |= f.has(part, k.teaches, t);
      }
      if (!viaPart) {
        out.warning(
            "topic-start-with-teaches",
            "mlp:startWith names "
                + Values.shown(f, v)
                + ", which does not schema:teaches this topic",
            t,
            f.position(t, k.startWith, v),
            concerns);
      }
    }
  }

  /** The ids of the topics that require {@code t}, directly or by a qualified requirement. */
  private List<String> requirers(int t) {
    List<String> out = new ArrayList<>();
    for (int s : f.subjects(k.requires, t)) {
      if (f.isIri(s)) {
        out.add(Terms.id(f.iri(s)));
      }
    }
    for (int q : f.subjects(k.requiredTopic, t)) {
      for (int s : f.subjects(k.qualifiedRequirement, q)) {
        if (f.isIri(s)) {
          out.add(Terms.id(f.iri(s)));
        }
      }
    }
    return out;
  }
}
