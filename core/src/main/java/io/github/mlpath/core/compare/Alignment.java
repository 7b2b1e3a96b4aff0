package io.github.mlpath.core.compare;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.lookup.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Which topics of two curricula are one concept, one to one. In order, each step aligning only
 * topics still unaligned: the user's mapping (ids of the first to ids of the second); then a shared
 * match key ({@link Articles}); then a shared name (label, alternative label or id, normalised as
 * topic names are, and without a leading "the", "a" or "an"). A key that several unaligned topics
 * of one side share aligns none of them. Keys are taken in sorted order, so the same curricula
 * always give the same alignment. Immutable.
 */
public final class Alignment {
  private final List<AlignedTopic> pairs;
  private final int[] aToB;
  private final int[] bToA;

  private Alignment(List<AlignedTopic> pairs, int[] aToB, int[] bToA) {
    this.pairs = pairs;
    this.aToB = aToB;
    this.bToA = bToA;
  }

  /** Aligns by articles and names only. */
  public static Alignment of(Curriculum a, Curriculum b) {
    return of(a, b, Map.of());
  }

  /**
   * Aligns {@code a} with {@code b}.
   *
   * @param mapping ids of {@code a} to ids of {@code b} that are one concept, tried first; ids that
   *     are not there are ignored (the caller checks them)
   */
  public static Alignment of(Curriculum a, Curriculum b, Map<String, String> mapping) {
    int[] aToB = new int[a.size()];
    int[] bToA = new int[b.size()];
    Arrays.fill(aToB, -1);
    Arrays.fill(bToA, -1);
    List<AlignedTopic> out = new ArrayList<>();
    new TreeMap<>(mapping)
        .forEach(
            (x, y) -> {
              OptionalInt u = a.indexOf(x);
              OptionalInt v = b.indexOf(y);
              if (u.isPresent() && v.isPresent()) {
                link(
                    a,
                    b,
                    u.getAsInt(),
                    v.getAsInt(),
                    MatchKind.MAPPING,
                    x + " = " + y,
                    aToB,
                    bToA,
                    out);
              }
            });
    byKey(
        a,
        b,
        MatchKind.ARTICLE,
        (c, t) -> c.matches(t).stream().map(Articles::key).toList(),
        aToB,
        bToA,
        out);
    byKey(a, b, MatchKind.NAME, Alignment::names, aToB, bToA, out);
    out.sort(Comparator.comparing((AlignedTopic p) -> p.a().id()));
    return new Alignment(List.copyOf(out), aToB, bToA);
  }

  /** Every aligned pair, by the first curriculum's id. */
  public List<AlignedTopic> pairs() {
    return pairs;
  }

  /** The topic of the second curriculum aligned with topic {@code u} of the first. */
  public OptionalInt inB(int u) {
    return aToB[u] < 0 ? OptionalInt.empty() : OptionalInt.of(aToB[u]);
  }

  /** The topic of the first curriculum aligned with topic {@code v} of the second. */
  public OptionalInt inA(int v) {
    return bToA[v] < 0 ? OptionalInt.empty() : OptionalInt.of(bToA[v]);
  }

  /** The same alignment seen from the second curriculum. */
  public Alignment reversed() {
    List<AlignedTopic> flipped = new ArrayList<>();
    for (AlignedTopic p : pairs) {
      flipped.add(new AlignedTopic(p.b(), p.a(), p.by(), p.key()));
    }
    flipped.sort(Comparator.comparing((AlignedTopic p) -> p.a().id()));
    return new Alignment(List.copyOf(flipped), bToA, aToB);
  }

  /** A topic's normalised names: id, label and alternative labels. */
  static List<String> names(Curriculum c, int t) {
    List<String> out = new ArrayList<>();
    out.add(name(c.id(t)));
    out.add(name(c.label(t)));
    c.altLabels(t).forEach(l -> out.add(name(l)));
    return out.stream().filter(n -> !n.isEmpty()).distinct().toList();
  }

  private static String name(String s) {
    return Names.normalize(s).replaceFirst("^(the|a|an)-(?=.)", "");
  }

  private static void byKey(
      Curriculum a,
      Curriculum b,
      MatchKind kind,
      BiFunction<Curriculum, Integer, List<String>> keys,
      int[] aToB,
      int[] bToA,
      List<AlignedTopic> out) {
    Map<String, List<Integer>> inA = index(a, keys, aToB);
    Map<String, List<Integer>> inB = index(b, keys, bToA);
    for (Map.Entry<String, List<Integer>> e : inA.entrySet()) {
      List<Integer> us = e.getValue();
      List<Integer> vs = inB.getOrDefault(e.getKey(), List.of());
      if (us.size() == 1 && vs.size() == 1 && aToB[us.get(0)] < 0 && bToA[vs.get(0)] < 0) {
        link(a, b, us.get(0), vs.get(0), kind, e.getKey(), aToB, bToA, out);
      }
    }
  }

  private static Map<String, List<Integer>> index(
      Curriculum c, BiFunction<Curriculum, Integer, List<String>> keys, int[] aligned) {
    Map<String, List<Integer>> out = new TreeMap<>();
    for (int t = 0; t < c.size(); t++) {
      if (aligned[t] >= 0) {
        continue;
      }
      for (String k : keys.apply(c, t).stream().distinct().toList()) {
        out.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
      }
    }
    return out;
  }

  private static void link(
      Curriculum a,
      Curriculum b,
      int u,
      int v,
      MatchKind kind,
      String key,
      int[] aToB,
      int[] bToA,
      List<AlignedTopic> out) {
    if (aToB[u] >= 0 || bToA[v] >= 0) {
      return;
    }
    aToB[u] = v;
    bToA[v] = u;
    out.add(new AlignedTopic(TopicRef.of(a, u), TopicRef.of(b, v), kind, key));
  }
}
