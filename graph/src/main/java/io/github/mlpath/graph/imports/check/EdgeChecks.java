package io.github.mlpath.graph.imports.check;

import io.github.mlpath.core.lookup.Similarity;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.ImportedEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks on single pairs: a pair stated twice (kept once, with the first reason, and as a gist edge
 * only if every statement says so), a topic requiring itself, a pair naming a topic the dataset
 * does not define. With {@code --lenient} the last two are dropped, a line each.
 */
final class EdgeChecks {
  private EdgeChecks() {}

  /** Each pair once, in the order first stated. */
  static List<ImportedEdge> once(List<ImportedEdge> edges, Findings f) {
    Map<String, ImportedEdge> byPair = new LinkedHashMap<>();
    for (ImportedEdge e : edges) {
      ImportedEdge first = byPair.get(e.pair());
      if (first == null) {
        byPair.put(e.pair(), e);
        continue;
      }
      f.duplicates.add(
          ImportFinding.at(
              e.at(),
              "duplicate-pair",
              e.pair() + " is stated again (first at " + first.at() + "): kept once"));
      byPair.put(
          e.pair(),
          new ImportedEdge(
              first.topic(),
              first.required(),
              first.topicAsGiven(),
              first.requiredAsGiven(),
              first.reason().or(e::reason),
              first.gist() && e.gist(),
              first.at()));
    }
    return List.copyOf(byPair.values());
  }

  /** The pairs without self-loops when lenient; every self-loop is reported. */
  static List<ImportedEdge> selfLoops(List<ImportedEdge> edges, boolean lenient, Findings f) {
    List<ImportedEdge> out = new ArrayList<>();
    for (ImportedEdge e : edges) {
      if (!e.topic().equals(e.required())) {
        out.add(e);
        continue;
      }
      String what = "topic '" + e.topic() + "' requires itself";
      f.selfLoops.add(ImportFinding.at(e.at(), "self-loop", what));
      if (lenient) {
        f.dropped.add(ImportFinding.at(e.at(), "self-loop", "dropped " + e.pair() + ": " + what));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /** The pairs between defined topics when lenient; every dangling pair is reported. */
  static List<ImportedEdge> dangling(
      List<ImportedEdge> edges, Set<String> topics, boolean lenient, Findings f) {
    List<String> sorted = topics.stream().sorted().toList();
    List<ImportedEdge> out = new ArrayList<>();
    for (ImportedEdge e : edges) {
      String what;
      if (!topics.contains(e.topic())) {
        what =
            "'"
                + e.topicAsGiven()
                + "', which the dataset does not define"
                + closest(e.topic(), sorted)
                + ", requires "
                + e.requiredAsGiven();
      } else if (!topics.contains(e.required())) {
        what =
            e.topicAsGiven()
                + " requires '"
                + e.requiredAsGiven()
                + "', which the dataset does not define"
                + closest(e.required(), sorted);
      } else {
        out.add(e);
        continue;
      }
      f.dangling.add(ImportFinding.at(e.at(), "dangling", what));
      if (lenient) {
        f.dropped.add(ImportFinding.at(e.at(), "dangling", "dropped: " + what));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static String closest(String slug, List<String> topics) {
    List<String> close = Similarity.closest(slug, topics, 3);
    return close.isEmpty() ? "" : " (closest: " + String.join(", ", close) + ")";
  }
}
