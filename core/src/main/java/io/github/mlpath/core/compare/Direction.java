package io.github.mlpath.core.compare;

import io.github.mlpath.core.Records;
import java.util.List;

/**
 * The pairs of one curriculum judged against the other, with the figures. Immutable.
 *
 * @param from the name of the curriculum whose pairs these are
 * @param against the name of the curriculum they are judged against
 * @param pairs how many prerequisite pairs {@code from} has
 * @param aligned how many of them join two topics that both have a counterpart
 * @param agrees how many aligned pairs the other has too, directly or through a chain
 * @param agreesDirectly how many of those it states as a pair itself
 * @param reversed how many aligned pairs it has the other way round
 * @param missing how many aligned pairs it relates in neither direction
 * @param judged every pair with its verdict, in {@code from}'s topic order
 */
public record Direction(
    String from,
    String against,
    int pairs,
    int aligned,
    int agrees,
    int agreesDirectly,
    int reversed,
    int missing,
    List<JudgedPair> judged) {
  public Direction {
    Records.requireNonNull(Direction.class, from, against);
    judged = List.copyOf(judged);
  }

  /** {@code part} as a share of the aligned pairs, from 0 to 1; 0 when none are aligned. */
  public double share(int part) {
    return aligned == 0 ? 0 : (double) part / aligned;
  }

  /** The judged pairs with this verdict, in order. */
  public List<JudgedPair> with(Verdict v) {
    return judged.stream().filter(p -> p.verdict() == v).toList();
  }
}
