package io.github.mlpath.core.plan;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.UmbrellaTopic;
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
 * TopicResolver}; ties everywhere break by the data's teaching order, then by topic id ({@link
 * io.github.mlpath.core.order.TieBreak#byTeachingOrder()}). An umbrella topic such as Calculus
 * stands for all its parts wherever it is named: as known, as a goal, as the topic of {@code need},
 * {@code why} or {@code used-for}. Build one per snapshot and reuse it: it ranks all topics once,
 * and builds the name index on the first name that is not an exact id. Thread-safe.
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

  /** A planner for {@code c}, breaking ties by the data's teaching order, then by topic id. */
  public static Planner of(Curriculum c) {
    return new Planner(c, Ranking.byTeachingOrder(c));
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

  /**
   * What a learner knows given the names they listed: each umbrella among them stands for all its
   * parts, and with {@code implied} everything they require is known too.
   */
  public BitSet known(List<String> known, boolean implied) {
    return Closure.known(c, resolveAll(known), implied);
  }

  /** The umbrella topics among {@code names}, with their parts, each once. */
  public List<UmbrellaTopic> umbrellas(List<String> names) {
    return UmbrellaTopic.among(c, resolveAll(names));
  }

  /**
   * The learning path the request asks for.
   *
   * @throws io.github.mlpath.core.CycleException naming a cycle among the path's topics
   */
  public LearningPath path(PathRequest r) {
    LearningPath path =
        PathPlanner.plan(
            c,
            ranking,
            resolveAll(r.goals()),
            known(r.known(), r.implied()),
            r.strategy(),
            r.preferences(),
            r.pace(),
            r.hours());
    return path.withKnownUmbrellas(umbrellas(r.known()));
  }

  /**
   * Every topic of the curriculum, umbrellas left out, in the order {@code strategy} would learn
   * them from scratch: the path to everything. Topic indices.
   *
   * @throws io.github.mlpath.core.CycleException naming a cycle
   */
  public int[] order(Strategy strategy) {
    BitSet all = new BitSet(c.size());
    all.set(0, c.size());
    all.andNot(c.umbrellas());
    return PathPlanner.order(c, ranking, all.stream().toArray(), new BitSet(), strategy);
  }

  /** The math the requested topic needs, not yet known, in learning order. */
  public NeedList need(NeedRequest r) {
    return Needs.mathFor(
            c,
            ranking,
            resolve(r.topic()),
            known(r.known(), r.implied()),
            r.maxDepth(),
            r.preferences())
        .withKnownUmbrellas(umbrellas(r.known()));
  }

  /** The topics ready to learn now, in the order the request's strategy would learn them. */
  public ReadyList next(NextRequest r) {
    return ReadyToLearn.ranked(
            c, ranking, known(r.known(), r.implied()), resolveAll(r.goals()), r.strategy())
        .withKnownUmbrellas(umbrellas(r.known()));
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
