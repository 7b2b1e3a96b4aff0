package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Curriculum;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one way mlpath finds the things whose names are closest to a name: "did you mean" after a
 * name that matched nothing, and type-ahead search ({@link TopicSearch}). Names are compared {@link
 * Names#normalize normalized}. A candidate has a label and other names (its id, alternative
 * labels), and matches, best first:
 *
 * <ol start="0">
 *   <li>when its label starts with the name ({@code logistic} finds "Logistic regression");
 *   <li>when a word of its label starts with the name, or each word of the name starts a word of
 *       the label, in any order ({@code regression} finds "Linear regression", {@code neural net}
 *       "Neural networks", {@code likelihood maximum} "Maximum likelihood estimation");
 *   <li>when another of its names does either ({@code OOP} finds object-oriented-programming);
 *   <li>when one of its names contains the name;
 *   <li>when the name is a few typing mistakes from the start of one of its names (names of 4
 *       characters or more: at most 1 mistake up to 8 characters, 2 beyond) or from a whole name
 *       (at most 1 for names up to 4 characters, 2 up to 8, 3 beyond).
 * </ol>
 *
 * Ties go to the fewer mistakes, then to the label that sorts first ignoring case, then to the id.
 * Feed every candidate with {@link #offer}, then take {@link #best} or {@link #matches}.
 *
 * <pre>{@code
 * Suggestions s = new Suggestions("neural net");
 * s.offer("neural-networks", "Neural networks", List.of("neural-networks", "NN"));
 * List<String> ids = s.best(Suggestions.MAX); // [neural-networks]
 * }</pre>
 */
public final class Suggestions {
  /** How many suggestions a "did you mean" shows. */
  public static final int MAX = 3;

  /** How well a candidate matched: {@code rank} as in the list above, 0 best. */
  static final int LABEL_START = 0;

  static final int LABEL_WORD = 1;
  static final int OTHER_NAME = 2;
  static final int INSIDE = 3;
  static final int TYPO = 4;
  private static final int NONE = Integer.MAX_VALUE;

  /**
   * One candidate that matched.
   *
   * @param id the candidate's id
   * @param label its label
   * @param matched the name of it that matched best, as given
   * @param rank how it matched, 0 (its label starts with the name) to 4 (a typing mistake away)
   * @param mistakes the typing mistakes, for rank 4; 0 otherwise
   */
  public record Match(String id, String label, String matched, int rank, int mistakes) {}

  private final String key;
  private final String[] words;
  private final List<Match> found = new ArrayList<>();

  /** Suggestions for {@code name}. */
  public Suggestions(String name) {
    this.key = Names.normalize(name);
    this.words = key.isEmpty() ? new String[0] : key.split("-");
  }

  /** Considers every topic of {@code c}, by its label, its id and its alternative labels. */
  void offerTopics(Curriculum c) {
    for (int v = 0; v < c.size(); v++) {
      List<String> others = new ArrayList<>(1 + c.altLabels(v).size());
      others.add(c.id(v));
      others.addAll(c.altLabels(v));
      offer(c.id(v), c.label(v), others);
    }
  }

  /** Considers the candidate {@code id}, with its {@code label} and its {@code others} names. */
  public void offer(String id, String label, List<String> others) {
    if (key.isEmpty()) {
      return;
    }
    Match best = score(id, label, label, true);
    for (String other : others) {
      Match m = score(id, label, other, false);
      if (m.rank() < best.rank() || (m.rank() == best.rank() && m.mistakes() < best.mistakes())) {
        best = m;
      }
    }
    if (best.rank() != NONE) {
      found.add(best);
    }
  }

  private Match score(String id, String label, String name, boolean isLabel) {
    String n = Names.normalize(name);
    if (n.startsWith(key)) {
      return new Match(id, label, name, isLabel ? LABEL_START : OTHER_NAME, 0);
    }
    if (n.contains("-" + key) || (words.length > 1 && everyWordStartsAWord(n))) {
      return new Match(id, label, name, isLabel ? LABEL_WORD : OTHER_NAME, 0);
    }
    if (n.contains(key)) {
      return new Match(id, label, name, INSIDE, 0);
    }
    int mistakes = mistakes(n);
    return new Match(
        id, label, name, mistakes < NONE ? TYPO : NONE, mistakes < NONE ? mistakes : 0);
  }

  private boolean everyWordStartsAWord(String name) {
    String[] theirs = name.split("-");
    for (String w : words) {
      boolean hit = false;
      for (String t : theirs) {
        hit |= t.startsWith(w);
      }
      if (!hit) {
        return false;
      }
    }
    return true;
  }

  /** The fewest typing mistakes from the start of {@code name} or from all of it, if few enough. */
  private int mistakes(String name) {
    int best = NONE;
    if (key.length() >= 4) {
      int limit = key.length() <= 8 ? 1 : 2;
      String start = name.substring(0, Math.min(name.length(), key.length()));
      int d = Similarity.distance(key, start, limit);
      best = d <= limit ? d : best;
    }
    int limit = key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
    int d = Similarity.distance(key, name, limit);
    return d <= limit ? Math.min(best, d) : best;
  }

  /** The best {@code max} matches, best first. */
  public List<Match> matches(int max) {
    return found.stream()
        .sorted(
            Comparator.comparingInt(Match::rank)
                .thenComparingInt(Match::mistakes)
                .thenComparing(m -> m.label().toLowerCase(Locale.ROOT))
                .thenComparing(Match::id))
        .limit(max)
        .toList();
  }

  /** The ids of the best {@code max} matches, best first; empty when nothing is close. */
  public List<String> best(int max) {
    return matches(max).stream().map(Match::id).toList();
  }
}
