package io.github.mlpath.graph.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rule that no two topics share a label, equal ignoring case and surrounding space. Each label
 * is keyed by the hash of its normalised form and the keys sorted as longs, so only labels whose
 * hashes collide are compared as strings: a million topics cost a few arrays, not a map of a
 * million strings. Reported in the order of the normalised labels, each at the label read last,
 * which names the file that added the clash when a file extends the bundled data.
 */
final class DuplicateLabels {
  private final Facts f;
  private final Known k;
  private final TopicSet topics;
  private final Findings out;
  private int[] topicOf = new int[1024];
  private int[] labelOf = new int[1024];
  private long[] keys = new long[1024];
  private int count;

  DuplicateLabels(Facts f, Known k, TopicSet topics, Findings out) {
    this.f = f;
    this.k = k;
    this.topics = topics;
    this.out = out;
  }

  /** The normalised form that two labels must not share. */
  static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }

  void check() {
    for (int t : topics.sorted) {
      for (int o : f.objects(t, k.prefLabel)) {
        if (f.isLiteral(o)) {
          add(t, o);
        }
      }
    }
    long[] sorted = Arrays.copyOf(keys, count);
    Arrays.sort(sorted);
    Map<String, List<Integer>> clashes = new TreeMap<>();
    for (int i = 0, j; i < count; i = j) {
      j = i + 1;
      while (j < count && sorted[j] >>> 32 == sorted[i] >>> 32) {
        j++;
      }
      if (j - i > 1) {
        collide(sorted, i, j, clashes);
      }
    }
    clashes.forEach(this::report);
  }

  private void add(int t, int label) {
    if (count == keys.length) {
      topicOf = Arrays.copyOf(topicOf, count * 2);
      labelOf = Arrays.copyOf(labelOf, count * 2);
      keys = Arrays.copyOf(keys, count * 2);
    }
    topicOf[count] = t;
    labelOf[count] = label;
    keys[count] = ((long) key(f.lexical(label)).hashCode() << 32) | count;
    count++;
  }

  /** Groups the labels of one hash by their key; keeps the keys that two topics share. */
  private void collide(long[] sorted, int from, int to, Map<String, List<Integer>> clashes) {
    Map<String, List<Integer>> byKey = new TreeMap<>();
    for (int i = from; i < to; i++) {
      int entry = (int) sorted[i];
      byKey.computeIfAbsent(key(f.lexical(labelOf[entry])), x -> new ArrayList<>()).add(entry);
    }
    byKey.forEach(
        (key, entries) -> {
          if (entries.stream().map(e -> topicOf[e]).distinct().count() > 1) {
            clashes.put(key, entries);
          }
        });
  }

  private void report(String key, List<Integer> entries) {
    TreeSet<String> iris = new TreeSet<>();
    long latest = Positions.NOWHERE;
    String shown = null;
    int first = topicOf[entries.get(0)]; // entries come in the order read
    for (int e : entries) {
      int t = topicOf[e];
      String label = f.lexical(labelOf[e]);
      iris.add(f.iri(t));
      if (t == first && (shown == null || label.compareTo(shown) < 0)) {
        shown = label;
      }
      latest =
          Positions.inLatestSource(latest, topicLine(t, f.position(t, k.prefLabel, labelOf[e])));
    }
    List<String> names = new ArrayList<>();
    iris.forEach(i -> names.add(Terms.id(i)));
    out.error(
        "duplicate-label",
        "topics " + String.join(", ", names) + " share the label \"" + shown + "\"",
        f.iriId(iris.first()),
        latest,
        names);
  }

  /** Where topic {@code t} starts, when it starts in the file of {@code at}; else {@code at}. */
  private long topicLine(int t, long at) {
    long start = f.firstPosition(t);
    return Positions.sourceOf(start) == Positions.sourceOf(at) ? start : at;
  }
}
