package io.github.mlpath.graph.read;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.Similarity;
import io.github.mlpath.core.order.Cycles;
import java.util.List;

/**
 * The rules that need the whole graph rather than one node: references to undefined topics (with
 * the closest ids), prerequisite cycles (every topic in each) and topics requiring themselves, and
 * two topics with the same label. Cycles are found on the curriculum as planning reads it, edges of
 * qualified requirements included, so that validation and planning can never disagree on one.
 */
final class GraphChecks {
  private final Facts f;
  private final Known k;
  private final TopicSet topics;
  private final Findings out;

  GraphChecks(Facts f, Known k, TopicSet topics, Findings out) {
    this.f = f;
    this.k = k;
    this.topics = topics;
    this.out = out;
  }

  void undefined() {
    for (int t : topics.sorted) {
      for (int p : new int[] {k.requires, k.requiresGist}) {
        for (int o : f.objects(t, p)) {
          defined(t, "requires", o, f.position(t, p, o));
        }
      }
      for (int q : f.objects(t, k.qualifiedRequirement)) {
        for (int o : f.objects(q, k.requiredTopic)) {
          if (!f.has(t, k.requires, o)) {
            defined(t, "has a qualified requirement on", o, f.position(q, k.requiredTopic, o));
          }
        }
      }
    }
    for (int r : f.subjectsOf(k.teaches)) {
      for (int o : f.objects(r, k.teaches)) {
        if (f.isIri(o) && !topics.isTopic(o)) {
          String missing = Terms.id(f.iri(o));
          out.error(
              "undefined-topic",
              "resource teaches undefined topic '" + missing + "'" + suggest(missing),
              f.isIri(r) ? r : -1,
              f.position(r, k.teaches, o),
              List.of());
        }
      }
    }
  }

  private void defined(int t, String verb, int o, long at) {
    if (topics.isTopic(o)) {
      return;
    }
    String missing = f.isIri(o) ? Terms.id(f.iri(o)) : Values.shown(f, o);
    out.leftOut(
        "undefined-topic",
        "topic '"
            + topics.id(t)
            + "' "
            + verb
            + " undefined topic '"
            + missing
            + "'"
            + suggest(missing),
        t,
        at,
        List.of(topics.id(t)));
  }

  private String suggest(String missing) {
    List<String> close = Similarity.closest(missing, topics.sortedIds(), 3);
    return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
  }

  void cycles(Curriculum c) {
    for (List<String> cycle : Cycles.find(c)) {
      int first = topics.byId(cycle.get(0));
      long at = f.firstPosition(first);
      if (cycle.size() == 1) {
        out.error(
            "self-requirement", "topic '" + cycle.get(0) + "' requires itself", first, at, cycle);
      } else {
        out.error(
            "cycle",
            "prerequisite cycle of "
                + cycle.size()
                + " topics: "
                + String.join(" -> ", cycle)
                + " -> "
                + cycle.get(0),
            first,
            at,
            cycle);
      }
    }
  }

  /** Two topics whose labels are equal ignoring case and surrounding space. */
  void duplicateLabels() {
    new DuplicateLabels(f, k, topics, out).check();
  }
}
