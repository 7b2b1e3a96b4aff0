package io.github.mlpath.graph.imports.metacademy;

import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.text.Slugs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The concept tags of a Metacademy folder, their mlpath slugs, and how a reference finds its tag:
 * exactly, or (as Metacademy's own tools did) ignoring the difference between {@code -}, {@code _}
 * and a space and between upper and lower case. Each repaired reference is counted for the report.
 */
final class Tags {
  private final Set<String> tags;
  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, String> slugs = new HashMap<>();
  private final Map<String, String> repaired = new TreeMap<>();
  private int repairs;

  Tags(List<String> tags) {
    this.tags = Set.copyOf(tags);
    Set<String> taken = new HashSet<>();
    for (String tag : tags) {
      byKey.putIfAbsent(key(tag), tag);
      String base = Slugs.of(tag);
      String slug = base;
      for (int n = 2; !taken.add(slug); n++) {
        slug = base + "-" + n;
      }
      slugs.put(tag, slug);
    }
  }

  /** The slug of a tag of this folder. */
  String slug(String tag) {
    return slugs.get(tag);
  }

  /** The tag a reference means, if any. */
  Optional<String> resolve(String reference) {
    String r = reference.strip();
    if (tags.contains(r)) {
      return Optional.of(r);
    }
    Optional<String> tag = Optional.ofNullable(byKey.get(key(r)));
    tag.ifPresent(
        t -> {
          repairs++;
          repaired.putIfAbsent(r, t);
        });
    return tag;
  }

  /** Adds one note saying how many references were repaired, with a few examples. */
  void noteRepairs(List<ImportFinding> notes) {
    if (repairs == 0) {
      return;
    }
    List<String> examples =
        repaired.entrySet().stream().limit(3).map(e -> e.getKey() + " as " + e.getValue()).toList();
    notes.add(
        new ImportFinding(
            "tag-repaired",
            repairs
                + " dependency tag"
                + (repairs == 1 ? "" : "s")
                + " matched a concept folder that differs only by '-', '_' or case (such as "
                + String.join(", ", examples)
                + ")",
            Optional.empty()));
  }

  private static String key(String tag) {
    return tag.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", "_");
  }
}
