package io.github.mlpath.core.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean": the things whose names are closest to a name that matched nothing, by one rule
 * for every message in mlpath. Names are compared {@link Names#normalize normalized}. A candidate
 * matches, best first:
 *
 * <ol>
 *   <li>when one of its names starts with the name ({@code logistic} finds {@code
 *       logistic-regression});
 *   <li>when each word of the name starts a word of one of its names, in any order ({@code neural
 *       net} finds {@code neural-networks}, {@code likelihood maximum} finds {@code
 *       maximum-likelihood-estimation});
 *   <li>when one of its names contains the name ({@code regression} finds {@code
 *       linear-regression});
 *   <li>by edit distance, at most 1 for names up to 4 characters, 2 up to 8, 3 beyond.
 * </ol>
 *
 * The first three need a name of at least {@value #MIN_PART} characters. Ties go to the smaller
 * edit distance, then to the id that sorts first. Feed every candidate with {@link #offer}, then
 * take {@link #best}.
 *
 * <pre>{@code
 * Suggestions s = new Suggestions("neural net");
 * s.offer("neural-networks", List.of("neural-networks", "Neural networks"));
 * List<String> ids = s.best(Suggestions.MAX);
 * }</pre>
 */
public final class Suggestions {
  /** How many suggestions a message shows. */
  public static final int MAX = 3;

  /** The shortest name that prefix, word and substring matching apply to. */
  public static final int MIN_PART = 3;

  private static final int PREFIX = 0;
  private static final int WORDS = 1;
  private static final int SUBSTRING = 2;
  private static final int EDIT = 3;

  private record Scored(String id, int rank, int distance) {}

  private final String key;
  private final String[] words;
  private final int limit;
  private final List<Scored> found = new ArrayList<>();

  /** Suggestions for {@code name}. */
  public Suggestions(String name) {
    this.key = Names.normalize(name);
    this.words = key.isEmpty() ? new String[0] : key.split("-");
    this.limit = key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
  }

  /** Considers the candidate {@code id}, known by {@code names} (its id among them, if wanted). */
  public void offer(String id, Iterable<String> names) {
    if (key.isEmpty()) {
      return;
    }
    int rank = Integer.MAX_VALUE;
    int distance = limit + 1;
    for (String n : names) {
      String candidate = Names.normalize(n);
      rank = Math.min(rank, rank(candidate));
      distance = Math.min(distance, Similarity.distance(key, candidate, Math.min(distance, limit)));
    }
    if (distance <= limit) {
      rank = Math.min(rank, EDIT);
    }
    if (rank <= EDIT) {
      found.add(new Scored(id, rank, distance));
    }
  }

  private int rank(String candidate) {
    if (key.length() < MIN_PART) {
      return Integer.MAX_VALUE;
    }
    if (candidate.startsWith(key)) {
      return PREFIX;
    }
    if (words.length > 1 && everyWordStartsAWord(candidate)) {
      return WORDS;
    }
    return candidate.contains(key) ? SUBSTRING : Integer.MAX_VALUE;
  }

  private boolean everyWordStartsAWord(String candidate) {
    String[] theirs = candidate.split("-");
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

  /** The best {@code max} ids, best first; empty when nothing is close. */
  public List<String> best(int max) {
    return found.stream()
        .sorted(
            Comparator.comparingInt(Scored::rank)
                .thenComparingInt(Scored::distance)
                .thenComparing(Scored::id))
        .map(Scored::id)
        .distinct()
        .limit(max)
        .toList();
  }
}
