package io.github.mlpath.graph.imports.check;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.order.Cycles;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.ImportReport;
import io.github.mlpath.graph.imports.ImportedEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cycles among imported pairs: every strongly connected component, named with its topics; and, with
 * {@code --lenient}, the edges dropped to break them. The rule (docs/import.md): while a cycle is
 * left, take the cycle through the smallest id of each component and drop its weakest edge: a gist
 * edge before a full one, an edge without a reason before one with a reason, then the edge stated
 * last in the dataset (the later file, then the later line), then the pair that sorts last.
 * Dropping repeats until no cycle is left, so each component loses as few edges as this greedy rule
 * needs.
 */
final class CycleBreaker {
  private static final Comparator<ImportedEdge> WEAKEST_FIRST =
      Comparator.comparing((ImportedEdge e) -> !e.gist())
          .thenComparing(e -> e.reason().isPresent())
          .thenComparing((ImportedEdge e) -> e.at().source(), Comparator.reverseOrder())
          .thenComparing((ImportedEdge e) -> e.at().line(), Comparator.reverseOrder())
          .thenComparing(ImportedEdge::pair, Comparator.reverseOrder());

  private CycleBreaker() {}

  /** Every cyclic component of the pairs between {@code topics}, other than self-loops. */
  static List<ImportReport.Cycle> components(Set<String> topics, List<ImportedEdge> edges) {
    Curriculum c = graph(topics, edges);
    Map<String, List<String>> examples = new LinkedHashMap<>();
    for (List<String> cycle : Cycles.find(c)) {
      examples.put(cycle.get(0), cycle);
    }
    List<ImportReport.Cycle> out = new ArrayList<>();
    for (List<String> comp : Cycles.components(c)) {
      out.add(new ImportReport.Cycle(comp, examples.get(comp.get(0))));
    }
    return out;
  }

  /** The pairs with edges dropped until none is on a cycle, a line per drop. */
  static List<ImportedEdge> breakAll(Set<String> topics, List<ImportedEdge> edges, Findings f) {
    Map<String, ImportedEdge> left = new LinkedHashMap<>();
    edges.forEach(e -> left.put(e.pair(), e));
    while (true) {
      List<List<String>> cycles = Cycles.find(graph(topics, left.values()));
      if (cycles.isEmpty()) {
        return List.copyOf(left.values());
      }
      for (List<String> cycle : cycles) {
        List<ImportedEdge> on = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
          on.add(left.get(cycle.get(i) + " -> " + cycle.get((i + 1) % cycle.size())));
        }
        ImportedEdge weakest = on.stream().min(WEAKEST_FIRST).orElseThrow();
        left.remove(weakest.pair());
        f.dropped.add(
            ImportFinding.at(
                weakest.at(),
                "cycle-edge",
                "dropped "
                    + weakest.pair()
                    + ": it closes the cycle "
                    + String.join(" -> ", cycle)
                    + " -> "
                    + cycle.get(0)));
      }
    }
  }

  private static Curriculum graph(Set<String> topics, Iterable<ImportedEdge> edges) {
    CurriculumBuilder b = new CurriculumBuilder(topics.size());
    for (String t : topics) {
      b.addTopic(Topic.of(t, "urn:mlpath:import:" + t, t, TopicKind.MATH));
    }
    for (ImportedEdge e : edges) {
      if (!e.topic().equals(e.required())
          && topics.contains(e.topic())
          && topics.contains(e.required())) {
        b.addPrerequisite(e.topic(), e.required());
      }
    }
    return b.build();
  }
}
