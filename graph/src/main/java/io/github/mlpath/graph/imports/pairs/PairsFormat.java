package io.github.mlpath.graph.imports.pairs;

import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.ImportFormat;
import io.github.mlpath.graph.imports.ImportSettings;
import io.github.mlpath.graph.imports.Imported;
import io.github.mlpath.graph.imports.ImportedEdge;
import io.github.mlpath.graph.imports.ImportedTopic;
import io.github.mlpath.graph.imports.text.Slugs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Prerequisite pair lists in one of the {@link PairsLayout}s. Topics come from the layout's topics
 * file or, without one, from the names in the pairs in order of first appearance; a topic's id is
 * the slug of its label (the source's id when two labels give one slug). Pair lists carry no
 * reasons, resources or times.
 */
public final class PairsFormat implements ImportFormat {
  private final PairsLayout layout;

  public PairsFormat(PairsLayout layout) {
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  @Override
  public String name() {
    return layout.name();
  }

  @Override
  public Imported read(Path source, ImportSettings settings) {
    List<ImportFinding> notes = new ArrayList<>();
    PairsLayout.Pairs pairs = layout.read(source, notes);
    Map<String, PairsLayout.Named> named = named(pairs, notes);
    Map<String, String> slugs = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    List<ImportedTopic> topics = new ArrayList<>();
    for (PairsLayout.Named n : named.values()) {
      String slug = uniqueSlug(n, taken);
      slugs.put(n.id(), slug);
      topics.add(
          new ImportedTopic(
              n.id(),
              slug,
              n.label(),
              settings.kind(),
              settings.area(),
              Optional.empty(),
              n.wikipedia(),
              Optional.empty(),
              n.at()));
    }
    List<ImportedEdge> edges = new ArrayList<>();
    for (PairsLayout.Pair p : pairs.pairs()) {
      edges.add(
          new ImportedEdge(
              slugs.getOrDefault(p.dependent(), Slugs.of(p.dependent())),
              slugs.getOrDefault(p.prerequisite(), Slugs.of(p.prerequisite())),
              asGiven(p.dependent(), named),
              asGiven(p.prerequisite(), named),
              Optional.empty(),
              false,
              p.at()));
    }
    return new Imported(
        name(),
        source.toString(),
        layout.attribution(),
        settings.namespace(),
        topics,
        edges,
        pairs.negatives(),
        List.of(),
        Map.of(),
        notes);
  }

  /** The topics: the topics file's, else the names in the pairs in order of first appearance. */
  private Map<String, PairsLayout.Named> named(PairsLayout.Pairs pairs, List<ImportFinding> notes) {
    Map<String, PairsLayout.Named> named = new LinkedHashMap<>();
    for (PairsLayout.Named n : pairs.topics()) {
      if (named.putIfAbsent(n.id(), n) != null) {
        notes.add(
            ImportFinding.at(
                n.at(),
                "topic-listed-twice",
                "topic id '" + n.id() + "' listed twice: first kept"));
      }
    }
    if (pairs.topics().isEmpty()) {
      for (PairsLayout.Pair p : pairs.pairs()) {
        named.computeIfAbsent(p.dependent(), d -> layout.topicNamed(d, p.at()));
        named.computeIfAbsent(p.prerequisite(), d -> layout.topicNamed(d, p.at()));
      }
    }
    return named;
  }

  /** A name as messages show it: a listed topic's label with its id, when they differ. */
  private static String asGiven(String id, Map<String, PairsLayout.Named> named) {
    PairsLayout.Named n = named.get(id);
    return n == null || n.label().equals(id) ? id : n.label() + " (" + id + ")";
  }

  private static String uniqueSlug(PairsLayout.Named n, Set<String> taken) {
    String base = Slugs.of(n.label(), Slugs.of(n.id()));
    String slug = base;
    if (!taken.add(slug)) {
      slug = base + "-" + Slugs.of(n.id());
      for (int k = 2; !taken.add(slug); k++) {
        slug = base + "-" + Slugs.of(n.id()) + "-" + k;
      }
    }
    return slug;
  }
}
