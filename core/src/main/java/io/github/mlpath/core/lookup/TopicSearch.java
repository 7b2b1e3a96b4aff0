package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Type-ahead search over topic names, for a search box that suggests as one types: the topics whose
 * label, id or alternative labels start with, contain, or are a few typing mistakes from the text,
 * best first, by the rule of {@link Suggestions} (the one "did you mean" has; see {@link
 * TopicMatch#rank()}); ties by label ignoring case, then id. Matching compares names {@link
 * Names#normalize normalized}. Scans every topic: fine for the curricula a person types into (a few
 * thousand topics), not for loops. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<TopicMatch> m = TopicSearch.of(curriculum).search("deriv", 10); // Derivatives first
 * }</pre>
 */
public final class TopicSearch {
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
    if (limit <= 0) {
      return List.of();
    }
    Suggestions s = new Suggestions(text);
    s.offerTopics(c);
    List<TopicMatch> out = new ArrayList<>();
    for (Suggestions.Match m : s.matches(limit)) {
      int v = c.indexOf(m.id()).getAsInt();
      out.add(
          new TopicMatch(
              TopicRef.of(c, v),
              m.matched(),
              m.rank(),
              c.area(v).map(Area::label),
              c.definition(v)));
    }
    return List.copyOf(out);
  }
}
