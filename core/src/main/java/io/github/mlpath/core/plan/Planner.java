package io.github.mlpath.core.plan;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.DependencyChain;
import io.github.mlpath.core.lookup.NeedList;
import io.github.mlpath.core.lookup.Needs;
import io.github.mlpath.core.lookup.TopicResolver;
import io.github.mlpath.core.lookup.UsedFor;
import io.github.mlpath.core.lookup.UsedForReport;
import io.github.mlpath.core.lookup.Why;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.order.Ranking;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The planning engine for one curriculum: learning paths, math when you need it, what is ready
 * next, why one topic needs another, and what a topic is used for. Names are resolved by {@link
 * TopicResolver}; ties everywhere break by topic id. Build one per snapshot and reuse it: it ranks
 * all ids once, and builds the name index on the first name that is not an exact id. Thread-safe.
 *
 * <pre>{@code
 * Planner planner = Planner.of(curriculum);
 * LearningPath path = planner.path(PathRequest.to("activation functions")
 *     .withKnown(List.of("python-basics"))
 *     .withSchedule(6, LocalDate.of(2026, 1, 5)));
 * NeedList math = planner.need(NeedRequest.of("activation-functions"));
 * Optional<DependencyChain> why = planner.why("activation-functions", "calculus");
 * }</pre>
 *
 * @see io.github.mlpath.core.order.LearningOrder for the just-in-time and math-first rules
 */
public final class Planner {
  private final Curriculum c;
  private final Ranking ranking;
  private volatile TopicResolver names;

  private Planner(Curriculum c, Ranking ranking) {
    this.c = c;
    this.ranking = ranking;
  }

  /** A planner for {@code c}, breaking ties by topic id. */
  public static Planner of(Curriculum c) {
    return new Planner(c, Ranking.byId(c));
  }

  /** A planner for {@code c} with a ranking of its own. */
  public static Planner of(Curriculum c, Ranking ranking) {
    if (ranking.size() != c.size()) {
      throw new IllegalArgumentException("ranking is for another curriculum");
    }
    return new Planner(c, ranking);
  }

  public Curriculum curriculum() {
    return c;
  }

  public Ranking ranking() {
    return ranking;
  }

  /** The name index, built on first use. */
  public TopicResolver names() {
    TopicResolver r = names;
    if (r == null) {
      synchronized (this) {
        r = names;
        if (r == null) {
          r = TopicResolver.of(c);
          names = r;
        }
      }
    }
    return r;
  }

  /**
   * The index of the topic {@code name} means.
   *
   * @throws io.github.mlpath.core.UnknownTopicException with suggestions when none
   * @throws io.github.mlpath.core.AmbiguousTopicException when several match equally
   */
  public int resolve(String name) {
    return c.indexOf(name).orElseGet(() -> names().resolve(name));
  }

  private int[] resolveAll(List<String> list) {
    return list.stream().mapToInt(this::resolve).toArray();
  }

  /** What a learner knows given the names they listed, expanded when {@code implied}. */
  public BitSet known(List<String> known, boolean implied) {
    return Closure.known(c, resolveAll(known), implied);
  }

  /**
   * The learning path the request asks for.
   *
   * @throws io.github.mlpath.core.CycleException naming a cycle among the path's topics
   */
  public LearningPath path(PathRequest r) {
    return PathPlanner.plan(
        c,
        ranking,
        resolveAll(r.goals()),
        known(r.known(), r.implied()),
        r.strategy(),
        r.preferences(),
        r.pace(),
        r.estimate());
  }

  /** The math the requested topic needs, not yet known, in learning order. */
  public NeedList need(NeedRequest r) {
    return Needs.mathFor(
        c,
        ranking,
        resolve(r.topic()),
        known(r.known(), r.implied()),
        r.maxDepth(),
        r.preferences());
  }

  /** The topics ready to learn now, ranked toward the goals if any. */
  public ReadyList next(NextRequest r) {
    return ReadyToLearn.ranked(c, ranking, known(r.known(), r.implied()), resolveAll(r.goals()));
  }

  /**
   * The shortest chain by which {@code topic} depends on {@code dependsOn}; empty if it does not.
   */
  public Optional<DependencyChain> why(String topic, String dependsOn) {
    return Why.chain(c, ranking, resolve(topic), resolve(dependsOn));
  }

  /** Everything that requires {@code topic}, directly or not, grouped by kind. */
  public UsedForReport usedFor(String topic) {
    return UsedFor.of(c, ranking, resolve(topic));
  }
}
