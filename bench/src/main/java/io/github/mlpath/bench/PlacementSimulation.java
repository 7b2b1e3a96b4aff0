package io.github.mlpath.bench;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Placement;
import io.github.mlpath.core.learner.PlacementSession;
import io.github.mlpath.core.learner.Question;
import io.github.mlpath.core.learner.Reply;
import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.CurriculumReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Measures the placement quiz on simulated learners who answer truthfully. Each learner knows the
 * prerequisite closure of k distinct topics drawn uniformly from the whole curriculum, k uniform in
 * 1..10. For each scope (the whole curriculum, and each goal's closure) it runs the quiz for every
 * learner and reports whether the known set was recovered exactly, the mean and worst number of
 * questions, and three lower bounds (see {@link Result}). Run it with {@code java -cp
 * bench/target/benchmarks.jar io.github.mlpath.bench.PlacementSimulation [learners] [seed]
 * [goal...]} (defaults 1000, 42, backpropagation).
 */
public final class PlacementSimulation {
  private PlacementSimulation() {}

  /**
   * The figures for one scope.
   *
   * @param scope the goal, or "whole curriculum"
   * @param topics how many topics the quiz decides
   * @param learners how many learners
   * @param exact how many had their known set recovered exactly
   * @param meanQuestions the mean number of questions
   * @param worstQuestions the most questions any learner was asked
   * @param distinctStates how many different known sets (within the scope) the learners have
   * @param sampleEntropy the entropy in bits of the learners' known sets (within the scope), as
   *     frequencies in this sample: no yes/no strategy, even one that knew this sample, asks fewer
   *     questions on average over these learners
   * @param populationEntropy for the whole curriculum, an estimate of the entropy in bits of the
   *     generating distribution (the mean of -log2 p(state) over the sample, p computed exactly):
   *     the least mean any strategy could reach on such learners; empty for a goal
   */
  public record Result(
      String scope,
      int topics,
      int learners,
      int exact,
      double meanQuestions,
      int worstQuestions,
      int distinctStates,
      double sampleEntropy,
      Optional<Double> populationEntropy) {}

  /**
   * The known sets of {@code count} learners: closures of 1 to 10 distinct random topics (umbrella
   * topics, which are groupings, are never drawn).
   */
  public static List<BitSet> learners(Curriculum c, int count, long seed) {
    Random random = new Random(seed);
    int[] topics = learnable(c);
    List<BitSet> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int k = 1 + random.nextInt(10);
      BitSet chosen = new BitSet();
      while (chosen.cardinality() < k) {
        chosen.set(topics[random.nextInt(topics.length)]);
      }
      out.add(Closure.prerequisites(c, chosen.stream().toArray()));
    }
    return out;
  }

  /** The topics a learner can know: all but the umbrellas. */
  static int[] learnable(Curriculum c) {
    BitSet all = new BitSet();
    all.set(0, c.size());
    all.andNot(c.umbrellas());
    return all.stream().toArray();
  }

  /** Runs the quiz on {@code goals}' closure (whole curriculum when empty) for every learner. */
  public static Result run(Planner planner, List<String> goals, List<BitSet> learners) {
    Placement quiz = Placement.of(planner, SelfChecks.NONE);
    Curriculum c = planner.curriculum();
    BitSet scope = new BitSet();
    if (goals.isEmpty()) {
      scope.set(0, c.size());
      scope.andNot(c.umbrellas());
    } else {
      scope = planner.known(goals, true);
    }
    long total = 0;
    int worst = 0;
    int exact = 0;
    int topics = 0;
    Map<BitSet, Integer> states = new HashMap<>();
    for (BitSet truth : learners) {
      PlacementSession s = quiz.start(goals, List.of());
      topics = s.topics();
      int asked = 0;
      for (Optional<Question> q = s.next(); q.isPresent(); q = s.next()) {
        int t = planner.resolve(q.get().topic().id());
        s.answer(t, truth.get(t) ? Reply.YES : Reply.NO);
        asked++;
      }
      BitSet expected = (BitSet) truth.clone();
      expected.and(scope);
      if (s.known().equals(expected) && s.state().undecided().isEmpty()) {
        exact++;
      }
      states.merge(expected, 1, Integer::sum);
      total += asked;
      worst = Math.max(worst, asked);
    }
    double entropy = entropyBits(states.values(), learners.size());
    Optional<Double> population =
        goals.isEmpty() ? Optional.of(populationEntropy(c, learners)) : Optional.empty();
    return new Result(
        goals.isEmpty() ? "whole curriculum" : String.join(", ", goals),
        topics,
        learners.size(),
        exact,
        (double) total / learners.size(),
        worst,
        states.size(),
        entropy,
        population);
  }

  /** The entropy in bits of a distribution given as counts out of {@code n}. */
  private static double entropyBits(Iterable<Integer> counts, int n) {
    double entropy = 0;
    for (int count : counts) {
      double p = (double) count / n;
      entropy -= p * Math.log(p) / Math.log(2);
    }
    return entropy;
  }

  /**
   * The mean over the learners of -log2 p(state): the generator yields a downset D with m maximal
   * topics and s topics in all exactly when its k random topics include the m maximal ones and lie
   * within D, so p(D) = (1/10) sum over k of C(s-m, k-m) / C(n, k).
   */
  static double populationEntropy(Curriculum c, List<BitSet> learners) {
    int n = learnable(c).length;
    double sum = 0;
    for (BitSet d : learners) {
      int s = d.cardinality();
      int m = maximal(c, d);
      double p = 0;
      for (int k = Math.max(1, m); k <= Math.min(10, s); k++) {
        p += Math.exp(logChoose(s - m, k - m) - logChoose(n, k)) / 10;
      }
      sum += -Math.log(p) / Math.log(2);
    }
    return sum / learners.size();
  }

  private static int maximal(Curriculum c, BitSet d) {
    int m = 0;
    for (int v = d.nextSetBit(0); v >= 0; v = d.nextSetBit(v + 1)) {
      boolean required = false;
      for (int k = c.requiredBy().start(v); k < c.requiredBy().end(v); k++) {
        required |= d.get(c.requiredBy().target(k));
      }
      m += required ? 0 : 1;
    }
    return m;
  }

  private static double logChoose(int n, int k) {
    double r = 0;
    for (int i = 0; i < k; i++) {
      r += Math.log(n - i) - Math.log(i + 1);
    }
    return r;
  }

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    List<String> goals =
        args.length > 2 ? List.of(args).subList(2, args.length) : List.of("backpropagation");
    Curriculum c =
        CurriculumReader.read(RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled())));
    Planner planner = Planner.of(c);
    List<BitSet> learners = learners(c, count, seed);
    System.out.printf(
        "bundled curriculum: %d topics (%d of them umbrellas), %d edges; %d learners, seed %d%n%n",
        c.size(), c.umbrellas().cardinality(), c.edgeCount(), count, seed);
    System.out.println(
        "| scope | topics decided | exact | mean questions | mean / topics | worst |"
            + " distinct states | log2(distinct) | sample entropy | population entropy |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<Result> results = new ArrayList<>();
    results.add(run(planner, List.of(), learners));
    for (String g : goals) {
      results.add(run(planner, List.of(g), learners));
    }
    for (Result r : results) {
      System.out.printf(
          "| %s | %d | %d/%d | %.2f | %.3f | %d | %d | %.2f | %.2f | %s |%n",
          r.scope(),
          r.topics(),
          r.exact(),
          r.learners(),
          r.meanQuestions(),
          r.meanQuestions() / r.topics(),
          r.worstQuestions(),
          r.distinctStates(),
          Math.log(r.distinctStates()) / Math.log(2),
          r.sampleEntropy(),
          r.populationEntropy().map(h -> String.format("%.2f", h)).orElse("n/a"));
    }
  }
}
