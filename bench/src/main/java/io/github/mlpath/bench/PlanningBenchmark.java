package io.github.mlpath.bench;

import io.github.mlpath.core.lookup.ResourcePreferences;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.order.LearningOrder;
import io.github.mlpath.core.plan.HoursModel;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.PathPlanner;
import io.github.mlpath.core.plan.ReadyToLearn;
import io.github.mlpath.core.plan.Strategy;
import java.util.BitSet;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The planning engine on synthetic curricula of 10k, 100k and 1M topics: the ordered path to the
 * deepest topic (closure plus order, both strategies), the closure alone, the full path as records
 * (reasons, resources, hours), ready-to-learn over every topic, and, as a worst case, the orders of
 * the whole curriculum.
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PlanningBenchmark extends AverageTimeBenchmark {

  /** Closure of the deepest topic, then the just-in-time order: what {@code mlpath path} does. */
  @Benchmark
  public int[] pathToDeepestJit(SyntheticState s) {
    BitSet topics = Closure.prerequisites(s.curriculum, s.deepest);
    return LearningOrder.justInTime(s.curriculum, topics, s.ranking);
  }

  /** The same with the math-first order. */
  @Benchmark
  public int[] pathToDeepestMathFirst(SyntheticState s) {
    BitSet topics = Closure.prerequisites(s.curriculum, s.deepest);
    return LearningOrder.mathFirst(s.curriculum, topics, s.ranking);
  }

  /** The closure alone, to compare with Jena's. */
  @Benchmark
  public BitSet closureOfDeepest(SyntheticState s) {
    return Closure.prerequisites(s.curriculum, s.deepest);
  }

  /** The whole path as records a CLI prints: steps, reasons, resources, hours. */
  @Benchmark
  public LearningPath pathRecordsToDeepest(SyntheticState s) {
    return PathPlanner.plan(
        s.curriculum,
        s.ranking,
        new int[] {s.deepest},
        new BitSet(),
        Strategy.JIT,
        ResourcePreferences.NONE,
        Optional.empty(),
        HoursModel.DEFAULT);
  }

  /**
   * The worst case for an order: every topic of the curriculum at once, just in time (the deepest
   * topic's closure is only a few percent of a synthetic curriculum).
   */
  @Benchmark
  public int[] orderAllTopicsJit(SyntheticState s) {
    return LearningOrder.justInTime(s.curriculum, s.all, s.ranking);
  }

  /** Every topic at once, math first. */
  @Benchmark
  public int[] orderAllTopicsMathFirst(SyntheticState s) {
    return LearningOrder.mathFirst(s.curriculum, s.all, s.ranking);
  }

  /** Ready-to-learn over every topic, knowing the first half. */
  @Benchmark
  public int[] readyToLearn(SyntheticState s) {
    return ReadyToLearn.ready(s.curriculum, s.halfKnown);
  }
}
