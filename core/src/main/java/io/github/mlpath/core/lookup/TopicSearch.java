package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Type-ahead search over topic names, for a search box that suggests as one types: the topics whose
 * label, id or alternative labels start with, contain, or are a few typing mistakes from the text,
 * best first (see {@link TopicMatch#rank()}); ties by label ignoring case, then id. Matching
 * ignores case and treats runs of spaces, hyphens and punctuation alike. Scans every topic: fine
 * for the curricula a person types into (a few thousand topics), not for loops. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * List<TopicMatch> m = TopicSearch.of(curriculum).search("deriv", 10); // Derivatives first
 * }</pre>
 */
public final class TopicSearch {
  private static final int LABEL_START = 0;
  private static final int LABEL_WORD = 1;
  private static final int OTHER_NAME = 2;
  private static final int INSIDE = 3;
  private static final int TYPO = 4;
  private static final int NONE = Integer.MAX_VALUE;

  private final Curriculum c;

  private TopicSearch(Curriculum c) {
    this.c = c;
  }

  /** A search over the topics of {@code c}. */
  public static TopicSearch of(Curriculum c) {
    return new TopicSearch(c);
  }

  /** At most {@code limit} topics matching {@code text}, best first; empty for blank text. */
  public List<TopicMatch> search(String text, int limit) {
    String key = fold(text);
    if (key.isEmpty() || limit <= 0) {
      return List.of();
    }
    List<TopicMatch> found = new ArrayList<>();
    for (int v = 0; v < c.size(); v++) {
      match(v, key).ifPresent(found::add);
    }
    found.sort(
        Comparator.comparingInt(TopicMatch::rank)
            .thenComparing(m -> m.topic().label().toLowerCase(Locale.ROOT))
            .thenComparing(m -> m.topic().id()));
    return List.copyOf(found.subList(0, Math.min(limit, found.size())));
  }

  private Optional<TopicMatch> match(int v, String key) {
    int best = NONE;
    String matched = c.label(v);
    List<String> names = new ArrayList<>();
    names.add(c.label(v));
    names.add(c.id(v));
    names.addAll(c.altLabels(v));
    for (int i = 0; i < names.size(); i++) {
      int r = rank(fold(names.get(i)), key, i == 0);
      if (r < best) {
        best = r;
        matched = names.get(i);
      }
    }
    if (best == NONE) {
      return Optional.empty();
    }
    return Optional.of(
        new TopicMatch(
            TopicRef.of(c, v), matched, best, c.area(v).map(Area::label), c.definition(v)));
  }

  private static int rank(String name, String key, boolean label) {
    if (name.startsWith(key)) {
      return label ? LABEL_START : OTHER_NAME;
    }
    if (name.contains(" " + key)) {
      return label ? LABEL_WORD : OTHER_NAME;
    }
    if (name.contains(key)) {
      return INSIDE;
    }
    if (key.length() >= 4) {
      int limit = key.length() <= 8 ? 1 : 2;
      String prefix = name.substring(0, Math.min(name.length(), key.length()));
      if (Similarity.distance(key, prefix, limit) <= limit) {
        return TYPO;
      }
    }
    return NONE;
  }

  /** Lower case, every run of characters other than letters and digits one space, trimmed. */
  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
