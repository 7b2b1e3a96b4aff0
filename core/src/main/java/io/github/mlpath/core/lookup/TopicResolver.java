package io.github.mlpath.core.lookup;

import io.github.mlpath.core.AmbiguousTopicException;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.UnknownTopicException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Finds the topic a person means by a name: its id, its label or one of its alternative labels,
 * ignoring case, spaces versus hyphens or underscores, punctuation, and singular versus plural, so
 * {@code Derivative}, {@code derivatives} and {@code DERIVATIVES} all name {@code derivatives}.
 *
 * <p>Matching, in order: the exact id; then the {@linkplain Names#normalize normalized} name
 * against normalized ids, then labels, then alternative labels. The first level with a match
 * decides; two different topics matching at that level make the name ambiguous. An unknown name
 * raises {@link UnknownTopicException} with up to three suggestions, by the rule of {@link
 * Suggestions}: names that start with it, contain its words or contain it, then the closest by edit
 * distance.
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
      size = add(Names.normalize(c.id(v)), v, ID, h, t, l, nx, size);
      size = add(Names.normalize(c.label(v)), v, LABEL, h, t, l, nx, size);
      for (String alt : alts) {
        size = add(Names.normalize(alt), v, ALT_LABEL, h, t, l, nx, size);
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
    String key = Names.normalize(name);
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
        return Names.normalize(c.id(v)).equals(key);
      case LABEL:
        return Names.normalize(c.label(v)).equals(key);
      default:
        for (String alt : c.altLabels(v)) {
          if (Names.normalize(alt).equals(key)) {
            return true;
          }
        }
        return false;
    }
  }

  /**
   * Up to three ids of the topics whose id, label or alternative label is closest to {@code name},
   * by the rule of {@link Suggestions}; empty when nothing is close. Scans every topic: meant for
   * error messages, not for loops.
   */
  public List<String> suggest(String name) {
    Suggestions s = new Suggestions(name);
    s.offerTopics(c);
    return s.best(Suggestions.MAX);
  }

  private static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
