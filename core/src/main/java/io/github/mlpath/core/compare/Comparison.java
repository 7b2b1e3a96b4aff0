package io.github.mlpath.core.compare;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.order.Closure;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Two curricula measured against each other: their alignment, and each one's prerequisite pairs
 * judged against the other's transitive closure (agrees, reversed, missing, or unaligned when a
 * topic has no counterpart or its counterpart is an umbrella, a grouping that is never a step and
 * whose "closure" is its parts'). Immutable.
 *
 * <pre>{@code
 * Comparison c = Comparison.of("metacademy.ttl", metacademy, "bundled", bundled, Map.of());
 * System.out.println(c.aAgainstB().agrees() + " of " + c.aAgainstB().aligned() + " agree");
 * }</pre>
 *
 * @param a the first curriculum's name, topic count and pair count
 * @param b the second's
 * @param alignment the topics found to be one concept, by the first curriculum's id
 * @param aAgainstB the first curriculum's pairs judged against the second
 * @param bAgainstA the second's pairs judged against the first
 */
public record Comparison(
    Summary a, Summary b, List<AlignedTopic> alignment, Direction aAgainstB, Direction bAgainstA) {

  /** A curriculum's name and size. */
  public record Summary(String name, int topics, int pairs) {}

  public Comparison {
    Records.requireNonNull(Comparison.class, a, b, aAgainstB, bAgainstA);
    alignment = List.copyOf(alignment);
  }

  /**
   * Compares two curricula.
   *
   * @param mapping ids of {@code a} to ids of {@code b} known to be one concept, aligned first
   */
  public static Comparison of(
      String aName, Curriculum a, String bName, Curriculum b, Map<String, String> mapping) {
    Alignment al = Alignment.of(a, b, mapping);
    return new Comparison(
        new Summary(aName, a.size(), a.edgeCount()),
        new Summary(bName, b.size(), b.edgeCount()),
        al.pairs(),
        judge(aName, a, bName, b, al),
        judge(bName, b, aName, a, al.reversed()));
  }

  private static Direction judge(
      String fromName, Curriculum from, String againstName, Curriculum against, Alignment al) {
    BitSet[] closures = new BitSet[against.size()];
    List<JudgedPair> judged = new ArrayList<>(from.edgeCount());
    int[] counts = new int[5];
    for (int u = 0; u < from.size(); u++) {
      for (int k = from.requires().start(u); k < from.requires().end(u); k++) {
        int v = from.requires().target(k);
        JudgedPair p = judgeOne(from, against, al, closures, u, v);
        judged.add(p);
        counts[p.verdict().ordinal()]++;
        if (p.direct()) {
          counts[4]++;
        }
      }
    }
    int aligned = judged.size() - counts[Verdict.UNALIGNED.ordinal()];
    return new Direction(
        fromName,
        againstName,
        judged.size(),
        aligned,
        counts[Verdict.AGREES.ordinal()],
        counts[4],
        counts[Verdict.REVERSED.ordinal()],
        counts[Verdict.MISSING.ordinal()],
        judged);
  }

  private static JudgedPair judgeOne(
      Curriculum from, Curriculum against, Alignment al, BitSet[] closures, int u, int v) {
    OptionalInt x = al.inB(u);
    OptionalInt y = al.inB(v);
    Optional<TopicRef> ox = ref(against, x);
    Optional<TopicRef> oy = ref(against, y);
    TopicRef tu = TopicRef.of(from, u);
    TopicRef tv = TopicRef.of(from, v);
    if (x.isEmpty()
        || y.isEmpty()
        || against.isUmbrella(x.getAsInt())
        || against.isUmbrella(y.getAsInt())) {
      return new JudgedPair(tu, tv, ox, oy, Verdict.UNALIGNED, false);
    }
    int xi = x.getAsInt();
    int yi = y.getAsInt();
    if (closure(against, closures, xi).get(yi)) {
      boolean direct = against.requires().edgeIndex(xi, yi) >= 0;
      return new JudgedPair(tu, tv, ox, oy, Verdict.AGREES, direct);
    }
    Verdict verdict = closure(against, closures, yi).get(xi) ? Verdict.REVERSED : Verdict.MISSING;
    return new JudgedPair(tu, tv, ox, oy, verdict, false);
  }

  private static BitSet closure(Curriculum c, BitSet[] cache, int t) {
    if (cache[t] == null) {
      cache[t] = Closure.prerequisites(c, t);
    }
    return cache[t];
  }

  private static Optional<TopicRef> ref(Curriculum c, OptionalInt t) {
    return t.isPresent() ? Optional.of(TopicRef.of(c, t.getAsInt())) : Optional.empty();
  }
}
