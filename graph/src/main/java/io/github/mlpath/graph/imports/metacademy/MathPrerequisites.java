package io.github.mlpath.graph.imports.metacademy;

import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.ImportedEdge;
import io.github.mlpath.graph.imports.ImportedTopic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Mathematics needs only mathematics: a concept that a math topic requires, directly or through
 * other such concepts, is a math topic too (Metacademy's course lists name only some of them, so
 * "complex numbers", which "roots of polynomials" requires, would otherwise be an ML concept). Such
 * topics get no area, since the dataset does not say which; the import notes them. Gist edges count
 * as well.
 */
final class MathPrerequisites {
  private MathPrerequisites() {}

  static List<ImportedTopic> apply(
      List<ImportedTopic> topics, List<ImportedEdge> edges, List<ImportFinding> notes) {
    Map<String, ImportedTopic> bySlug = new LinkedHashMap<>();
    topics.forEach(t -> bySlug.put(t.slug(), t));
    Map<String, List<String>> requires = new HashMap<>();
    edges.forEach(
        e -> requires.computeIfAbsent(e.topic(), k -> new ArrayList<>()).add(e.required()));
    Deque<String> queue = new ArrayDeque<>();
    topics.stream().filter(t -> t.kind() == TopicKind.MATH).forEach(t -> queue.add(t.slug()));
    TreeSet<String> changed = new TreeSet<>();
    while (!queue.isEmpty()) {
      for (String r : requires.getOrDefault(queue.poll(), List.of())) {
        ImportedTopic t = bySlug.get(r);
        if (t != null && t.kind() != TopicKind.MATH) {
          bySlug.put(
              r,
              new ImportedTopic(
                  t.sourceId(),
                  t.slug(),
                  t.label(),
                  TopicKind.MATH,
                  Optional.empty(),
                  t.definition(),
                  t.wikipedia(),
                  t.learningTime(),
                  t.at()));
          changed.add(r);
          queue.add(r);
        }
      }
    }
    if (!changed.isEmpty()) {
      notes.add(
          new ImportFinding(
              "math-by-prerequisite",
              changed.size()
                  + " concept"
                  + (changed.size() == 1 ? " is a math topic" : "s are math topics")
                  + " because math topics require them (no area): "
                  + String.join(", ", changed),
              Optional.empty()));
    }
    return List.copyOf(bySlug.values());
  }
}
