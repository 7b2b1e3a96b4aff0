package io.github.mlpath.core.synthetic;

import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicDetails;
import io.github.mlpath.core.TopicKind;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Random curricula for tests and benchmarks, the same for the same size and seed.
 *
 * <p>Topic {@code i} has the id {@code topic-0000042} (zero-padded, so id order is index order) and
 * the label "Topic 42". Its kind is drawn with weights programming 15%, project 10%, ML concept
 * 35%, math 40%; its area follows the kind (Python, Machine Learning, or one of six math areas). It
 * requires 0 to 5 distinct earlier topics drawn uniformly (weights 5, 10, 15, 30, 25, 15 percent
 * for 0..5, a mean of 3.05, fewer when there are fewer earlier topics), so every synthetic
 * curriculum is acyclic. Edges carry no reason.
 *
 * <pre>{@code
 * Curriculum c = SyntheticCurriculum.generate(100_000, 42L);
 * }</pre>
 */
public final class SyntheticCurriculum {
  /** The namespace of synthetic topic IRIs, the same as the bundled topics'. */
  public static final String TOPIC_NS = "https://w3id.org/mlpath/topic/";

  /** The namespace of area IRIs. */
  public static final String AREA_NS = "https://w3id.org/mlpath/area/";

  private static final List<Area> AREAS =
      List.of(
          area("python", "Python"),
          area("machine-learning", "Machine Learning"),
          area("algebra", "Algebra"),
          area("linear-algebra", "Linear Algebra"),
          area("calculus", "Calculus"),
          area("trigonometry", "Trigonometry"),
          area("statistics", "Statistics"),
          area("probability", "Probability"));

  private static final int[] PREREQUISITE_WEIGHTS = {5, 10, 15, 30, 25, 15};

  private SyntheticCurriculum() {}

  /**
   * A curriculum of {@code topics} topics drawn from {@code seed}.
   *
   * @throws IllegalArgumentException if {@code topics} is negative
   */
  public static Curriculum generate(int topics, long seed) {
    if (topics < 0) {
      throw new IllegalArgumentException("topics must not be negative: " + topics);
    }
    SplittableRandom random = new SplittableRandom(seed);
    CurriculumBuilder b = new CurriculumBuilder(topics);
    AREAS.forEach(b::addArea);
    int width = Math.max(7, Integer.toString(Math.max(0, topics - 1)).length());
    String[] ids = new String[topics];
    for (int i = 0; i < topics; i++) {
      ids[i] = padded(i, width);
      TopicKind kind = kind(random);
      b.addTopic(
          new Topic(
              ids[i],
              TOPIC_NS + ids[i],
              "Topic " + i,
              kind,
              Optional.of(area(kind, random)),
              TopicDetails.of(List.of(), Optional.empty(), List.of())));
    }
    int[] chosen = new int[PREREQUISITE_WEIGHTS.length];
    for (int i = 1; i < topics; i++) {
      int want = Math.min(i, prerequisiteCount(random));
      int have = 0;
      while (have < want) {
        int w = random.nextInt(i);
        boolean repeat = false;
        for (int j = 0; j < have; j++) {
          repeat |= chosen[j] == w;
        }
        if (!repeat) {
          chosen[have++] = w;
          b.addPrerequisite(ids[i], ids[w]);
        }
      }
    }
    return b.build();
  }

  /** The id of synthetic topic {@code i} in a curriculum of {@code topics} topics. */
  public static String id(int i, int topics) {
    return padded(i, Math.max(7, Integer.toString(Math.max(0, topics - 1)).length()));
  }

  private static String padded(int i, int width) {
    String digits = Integer.toString(i);
    StringBuilder s = new StringBuilder(6 + width).append("topic-");
    for (int k = digits.length(); k < width; k++) {
      s.append('0');
    }
    return s.append(digits).toString();
  }

  private static TopicKind kind(SplittableRandom random) {
    int p = random.nextInt(100);
    if (p < 15) {
      return TopicKind.PROGRAMMING;
    } else if (p < 25) {
      return TopicKind.PROJECT;
    } else if (p < 60) {
      return TopicKind.ML_CONCEPT;
    }
    return TopicKind.MATH;
  }

  private static String area(TopicKind kind, SplittableRandom random) {
    switch (kind) {
      case PROGRAMMING:
        return "python";
      case PROJECT:
      case ML_CONCEPT:
        return "machine-learning";
      default:
        return AREAS.get(2 + random.nextInt(AREAS.size() - 2)).id();
    }
  }

  private static int prerequisiteCount(SplittableRandom random) {
    int p = random.nextInt(100);
    for (int k = 0; k < PREREQUISITE_WEIGHTS.length; k++) {
      p -= PREREQUISITE_WEIGHTS[k];
      if (p < 0) {
        return k;
      }
    }
    return PREREQUISITE_WEIGHTS.length - 1;
  }

  private static Area area(String id, String label) {
    return new Area(id, AREA_NS + id, label);
  }
}
