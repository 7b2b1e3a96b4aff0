package io.github.mlpath.core.lookup;

import io.github.mlpath.core.AmbiguousTopicException;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.UnknownTopicException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Finds the topic a person means by a name: its id, its label or one of its alternative labels,
 * ignoring case, spaces versus hyphens or underscores, punctuation, and singular versus plural, so
 * {@code Derivative}, {@code derivatives} and {@code DERIVATIVES} all name {@code derivatives}.
 *
 * <p>Matching, in order: the exact id; then the {@linkplain #normalize normalized} name against
 * normalized ids, then labels, then alternative labels. The first level with a match decides; two
 * different topics matching at that level make the name ambiguous. An unknown name raises {@link
 * UnknownTopicException} with up to three suggestions: the ids whose id or labels are closest by
 * edit distance (at most 1 for names up to 4 characters, 2 up to 8, 3 beyond), closest first, ties
 * by id.
 *
 * <p>Built once per curriculum: a hash table of 64-bit name hashes to topic indices (about 20 bytes
 * per name), verified against the names themselves on lookup. Immutable and thread-safe.
 *
 * <pre>{@code
 * TopicResolver names = TopicResolver.of(curriculum);
 * int v = names.resolve("Derivative"); // the index of 'derivatives'
 * }</pre>
 */
public final class TopicResolver {
  private static final byte ID = 0;
  private static final byte LABEL = 1;
  private static final byte ALT_LABEL = 2;
  private static final int MAX_SUGGESTIONS = 3;

  private final Curriculum c;
  private final int[] heads;
  private final int mask;
  private final long[] hashes;
  private final int[] topics;
  private final byte[] levels;
  private final int[] next;

  private TopicResolver(Curriculum c) {
    this.c = c;
    int n = c.size();
    int capacity = Integer.highestOneBit(Math.max(16, 4 * n) - 1) << 1;
    heads = new int[capacity];
    Arrays.fill(heads, -1);
    mask = capacity - 1;
    int expected = 2 * n + 16;
    long[] h = new long[expected];
    int[] t = new int[expected];
    byte[] l = new byte[expected];
    int[] nx = new int[expected];
    int size = 0;
    for (int v = 0; v < n; v++) {
      List<String> alts = c.altLabels(v);
      int needed = size + 2 + alts.size();
      if (needed > h.length) {
        int grown = Math.max(needed, h.length * 2);
        h = Arrays.copyOf(h, grown);
        t = Arrays.copyOf(t, grown);
        l = Arrays.copyOf(l, grown);
        nx = Arrays.copyOf(nx, grown);
      }
      size = add(normalize(c.id(v)), v, ID, h, t, l, nx, size);
      size = add(normalize(c.label(v)), v, LABEL, h, t, l, nx, size);
      for (String alt : alts) {
        size = add(normalize(alt), v, ALT_LABEL, h, t, l, nx, size);
      }
    }
    hashes = Arrays.copyOf(h, size);
    topics = Arrays.copyOf(t, size);
    levels = Arrays.copyOf(l, size);
    next = Arrays.copyOf(nx, size);
  }

  private int add(String key, int v, byte level, long[] h, int[] t, byte[] l, int[] nx, int size) {
    if (key.isEmpty()) {
      return size;
    }
    long hash = hash(key);
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    h[size] = hash;
    t[size] = v;
    l[size] = level;
    nx[size] = heads[slot];
    heads[slot] = size;
    return size + 1;
  }

  /** Indexes the names of every topic of {@code c}. */
  public static TopicResolver of(Curriculum c) {
    return new TopicResolver(c);
  }

  /** The curriculum this resolver indexes. */
  public Curriculum curriculum() {
    return c;
  }

  /**
   * The index of the topic {@code name} means.
   *
   * @throws UnknownTopicException naming the closest ids when nothing matches
   * @throws AmbiguousTopicException when two topics match equally well
   */
  public int resolve(String name) {
    OptionalInt v = find(name);
    if (v.isEmpty()) {
      throw new UnknownTopicException(name, suggest(name));
    }
    return v.getAsInt();
  }

  /** Resolves every name, in order; see {@link #resolve}. */
  public int[] resolveAll(List<String> names) {
    int[] out = new int[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = resolve(names.get(i));
    }
    return out;
  }

  /**
   * The index of the topic {@code name} means, or empty when none does.
   *
   * @throws AmbiguousTopicException when two topics match equally well
   */
  public OptionalInt find(String name) {
    OptionalInt exact = c.indexOf(name);
    if (exact.isPresent()) {
      return exact;
    }
    String key = normalize(name);
    if (key.isEmpty()) {
      return OptionalInt.empty();
    }
    long hash = hash(key);
    int bestLevel = Integer.MAX_VALUE;
    TreeSet<String> matches = new TreeSet<>();
    int match = -1;
    for (int e = heads[(int) (hash ^ (hash >>> 32)) & mask]; e >= 0; e = next[e]) {
      if (hashes[e] != hash || levels[e] > bestLevel || !matches(topics[e], levels[e], key)) {
        continue;
      }
      if (levels[e] < bestLevel) {
        bestLevel = levels[e];
        matches.clear();
      }
      matches.add(c.id(topics[e]));
      match = topics[e];
    }
    if (matches.size() > 1) {
      throw new AmbiguousTopicException(name, List.copyOf(matches));
    }
    return matches.isEmpty() ? OptionalInt.empty() : OptionalInt.of(match);
  }

  private boolean matches(int v, byte level, String key) {
    switch (level) {
      case ID:
        return normalize(c.id(v)).equals(key);
      case LABEL:
        return normalize(c.label(v)).equals(key);
      default:
        for (String alt : c.altLabels(v)) {
          if (normalize(alt).equals(key)) {
            return true;
          }
        }
        return false;
    }
  }

  /**
   * Up to three ids whose id, label or alternative label is closest to {@code name} by edit
   * distance on normalized names; empty when nothing is close. Scans every topic: meant for error
   * messages, not for loops.
   */
  public List<String> suggest(String name) {
    String key = normalize(name);
    if (key.isEmpty()) {
      return List.of();
    }
    int limit = key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
    int[] bestDistance = new int[MAX_SUGGESTIONS];
    String[] bestId = new String[MAX_SUGGESTIONS];
    int found = 0;
    for (int v = 0; v < c.size(); v++) {
      int d = Similarity.distance(key, normalize(c.id(v)), limit);
      d = Math.min(d, Similarity.distance(key, normalize(c.label(v)), Math.min(d, limit)));
      for (String alt : c.altLabels(v)) {
        d = Math.min(d, Similarity.distance(key, normalize(alt), Math.min(d, limit)));
      }
      if (d > limit) {
        continue;
      }
      String id = c.id(v);
      int i = found < MAX_SUGGESTIONS ? found++ : MAX_SUGGESTIONS;
      while (i > 0
          && (bestDistance[i - 1] > d
              || (bestDistance[i - 1] == d && bestId[i - 1].compareTo(id) > 0))) {
        if (i < MAX_SUGGESTIONS) {
          bestDistance[i] = bestDistance[i - 1];
          bestId[i] = bestId[i - 1];
        }
        i--;
      }
      if (i < MAX_SUGGESTIONS) {
        bestDistance[i] = d;
        bestId[i] = id;
      }
    }
    List<String> out = new ArrayList<>(found);
    for (int i = 0; i < found; i++) {
      out.add(bestId[i]);
    }
    return List.copyOf(out);
  }

  /**
   * The form names are compared in: lower case; every run of characters other than letters and
   * digits becomes one hyphen, with none at either end; and each word made singular by simple
   * English rules ({@code -ies} to {@code -y}; {@code -sses}, {@code -ches}, {@code -shes}, {@code
   * -xes} lose {@code -es}; a final {@code -s} goes unless the word ends in {@code -ss}, {@code
   * -us} or {@code -is}; words of three letters or fewer are kept). {@code "Dictionaries and
   * tuples"} becomes {@code dictionary-and-tuple}.
   */
  public static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    int wordStart = 0;
    boolean inWord = false;
    for (int i = 0; i < lower.length(); i++) {
      char ch = lower.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        if (!inWord) {
          if (out.length() > 0) {
            out.append('-');
          }
          wordStart = out.length();
          inWord = true;
        }
        out.append(ch);
      } else if (inWord) {
        singularize(out, wordStart);
        inWord = false;
      }
    }
    if (inWord) {
      singularize(out, wordStart);
    }
    return out.toString();
  }

  private static void singularize(StringBuilder s, int start) {
    int len = s.length() - start;
    if (len <= 3 || s.charAt(s.length() - 1) != 's') {
      return;
    }
    if (endsWith(s, "ies")) {
      s.setLength(s.length() - 3);
      s.append('y');
    } else if (endsWith(s, "sses")
        || endsWith(s, "ches")
        || endsWith(s, "shes")
        || endsWith(s, "xes")) {
      s.setLength(s.length() - 2);
    } else if (!endsWith(s, "ss") && !endsWith(s, "us") && !endsWith(s, "is")) {
      s.setLength(s.length() - 1);
    }
  }

  private static boolean endsWith(StringBuilder s, String suffix) {
    int from = s.length() - suffix.length();
    if (from < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (s.charAt(from + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
