package io.github.mlpath.graph.imports.check;

import io.github.mlpath.core.Resource;
import io.github.mlpath.core.compare.Articles;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.Imported;
import io.github.mlpath.graph.imports.ImportedEdge;
import io.github.mlpath.graph.imports.ImportedTopic;
import io.github.mlpath.graph.imports.text.Urls;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Topics of one dataset that look like one concept: two with the same label ({@code mlpath
 * validate} refuses that; with {@code --lenient} the later is merged into the first), and two
 * linked to the same Wikipedia article (kept apart, but neither claims the article as an exact
 * match).
 */
final class DuplicateTopics {
  private DuplicateTopics() {}

  /** The dataset with topics of one label merged into the first when lenient. */
  static Imported labels(Imported in, boolean lenient, Findings f) {
    Map<String, ImportedTopic> first = new LinkedHashMap<>();
    Map<String, String> mergedInto = new LinkedHashMap<>();
    List<ImportedTopic> kept = new ArrayList<>();
    for (ImportedTopic t : in.topics()) {
      ImportedTopic earlier = first.putIfAbsent(t.label().strip().toLowerCase(Locale.ROOT), t);
      if (earlier == null) {
        kept.add(t);
        continue;
      }
      f.duplicates.add(
          ImportFinding.at(
              t.at(),
              "duplicate-label",
              "topic '"
                  + t.slug()
                  + "' has the label \""
                  + t.label()
                  + "\" of '"
                  + earlier.slug()
                  + "' ("
                  + earlier.at()
                  + ")"));
      if (lenient) {
        mergedInto.put(t.slug(), earlier.slug());
        f.dropped.add(
            ImportFinding.at(
                t.at(),
                "merged-topic",
                "merged topic '"
                    + t.slug()
                    + "' into '"
                    + earlier.slug()
                    + "': same label \""
                    + t.label()
                    + "\""));
      } else {
        kept.add(t);
      }
    }
    return mergedInto.isEmpty() ? in : redirected(in, kept, mergedInto);
  }

  /** The dataset with the merged topics' pairs, resources and start marks on their first topic. */
  private static Imported redirected(
      Imported in, List<ImportedTopic> kept, Map<String, String> mergedInto) {
    List<ImportedEdge> edges =
        in.edges().stream()
            .map(
                e ->
                    e.between(
                        mergedInto.getOrDefault(e.topic(), e.topic()),
                        mergedInto.getOrDefault(e.required(), e.required())))
            .toList();
    List<Resource> resources = in.resources().stream().map(r -> retaught(r, mergedInto)).toList();
    Map<String, String> start = new LinkedHashMap<>(in.startWith());
    mergedInto.keySet().forEach(start::remove);
    return in.with(kept, edges, resources, start);
  }

  /**
   * The slugs of topics that share their Wikipedia article with another topic, or link only to a
   * section of one: their link is a close match, not an exact one.
   */
  static Set<String> looseArticles(List<ImportedTopic> topics, Findings f) {
    Map<String, List<ImportedTopic>> byArticle = new LinkedHashMap<>();
    Set<String> loose = new HashSet<>();
    for (ImportedTopic t : topics) {
      t.wikipedia()
          .ifPresent(
              w -> {
                byArticle.computeIfAbsent(Articles.key(w), k -> new ArrayList<>()).add(t);
                if (Urls.isSection(w)) {
                  loose.add(t.slug());
                }
              });
    }
    byArticle.forEach(
        (article, ts) -> {
          if (ts.size() > 1) {
            ts.forEach(t -> loose.add(t.slug()));
            f.duplicates.add(
                ImportFinding.at(
                    ts.get(1).at(),
                    "shared-article",
                    "topics "
                        + String.join(", ", ts.stream().map(ImportedTopic::slug).toList())
                        + " link to one Wikipedia article, "
                        + ts.get(0).wikipedia().orElseThrow()
                        + ": each is written as a close match, so none is merged by it"));
          }
        });
    return loose;
  }

  private static Resource retaught(Resource r, Map<String, String> mergedInto) {
    if (r.teaches().stream().noneMatch(mergedInto::containsKey)) {
      return r;
    }
    List<String> teaches =
        r.teaches().stream().map(t -> mergedInto.getOrDefault(t, t)).distinct().toList();
    return r.teaching(teaches);
  }
}
