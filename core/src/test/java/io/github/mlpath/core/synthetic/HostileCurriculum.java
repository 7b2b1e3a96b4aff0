package io.github.mlpath.core.synthetic;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicDetails;
import io.github.mlpath.core.TopicKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Random curricula with what {@link SyntheticCurriculum} never makes, for property tests: hub
 * topics with up to {@code hubFanIn} prerequisites, a reason on about half of the edges (written as
 * qualified requirements, alone when asked, by the RDF writer), unicode labels in several scripts,
 * labels that collide only after {@link io.github.mlpath.core.lookup.Names#normalize} (hyphen for
 * space, plural for singular) and pairs whose labels differ only in case. Acyclic: topic {@code i}
 * requires only earlier topics. The same size and seed give the same curriculum.
 *
 * @param curriculum the curriculum
 * @param hubs the indices of the hub topics
 * @param nameClashes pairs of topics (as {@code int[2]}) whose labels normalize alike
 * @param caseClashes pairs of topics whose labels are equal ignoring case
 */
public record HostileCurriculum(
    Curriculum curriculum, List<Integer> hubs, List<int[]> nameClashes, List<int[]> caseClashes) {
  private static final String[] WORDS = {
    "Réseau", "Ωμέγα", "Матрица", "行列", "مصفوفة", "Ряд", "Gödel", "ñandú", "Σ-algebra", "Æther"
  };

  /**
   * A curriculum of {@code topics} topics (at least 10) with {@code hubs} hub topics at its end,
   * each requiring {@code hubFanIn} earlier topics (fewer when there are fewer).
   */
  public static HostileCurriculum generate(int topics, long seed, int hubs, int hubFanIn) {
    if (topics < 10 || hubs < 0 || hubs >= topics) {
      throw new IllegalArgumentException("topics >= 10 and 0 <= hubs < topics");
    }
    SplittableRandom random = new SplittableRandom(seed);
    CurriculumBuilder b = new CurriculumBuilder(topics);
    SyntheticCurriculum.generate(0, seed).areas().forEach(b::addArea);
    List<int[]> nameClashes = new ArrayList<>();
    List<int[]> caseClashes = new ArrayList<>();
    String[] labels = new String[topics];
    BitSet clashed = new BitSet(topics);
    for (int i = 0; i < topics; i++) {
      labels[i] = label(i, random);
      boolean free = i > 0 && !clashed.get(i - 1);
      if (free && i % 37 == 0) {
        labels[i] = labels[i - 1].toUpperCase(Locale.ROOT);
        caseClashes.add(new int[] {i - 1, i});
        clashed.set(i);
      } else if (free && i % 23 == 0) {
        labels[i] = labels[i - 1].replace(' ', '-') + "s";
        nameClashes.add(new int[] {i - 1, i});
        clashed.set(i);
      }
      TopicKind kind = random.nextInt(2) == 0 ? TopicKind.MATH : TopicKind.ML_CONCEPT;
      String area = kind == TopicKind.MATH ? "linear-algebra" : "machine-learning";
      String id = SyntheticCurriculum.id(i, topics);
      b.addTopic(
          new Topic(
              id,
              SyntheticCurriculum.TOPIC_NS + id,
              labels[i],
              kind,
              Optional.of(area),
              TopicDetails.of(List.of(), Optional.empty(), List.of())));
    }
    List<Integer> hubList = new ArrayList<>();
    for (int i = 1; i < topics; i++) {
      boolean hub = i >= topics - hubs;
      if (hub) {
        hubList.add(i);
      }
      BitSet chosen = new BitSet(i);
      int want = Math.min(i, hub ? hubFanIn : random.nextInt(6));
      while (chosen.cardinality() < want) {
        chosen.set(random.nextInt(i));
      }
      for (int w = chosen.nextSetBit(0); w >= 0; w = chosen.nextSetBit(w + 1)) {
        String reason = random.nextBoolean() ? "needs «" + labels[w] + "» first" : null;
        b.addPrerequisite(
            SyntheticCurriculum.id(i, topics), SyntheticCurriculum.id(w, topics), reason);
      }
    }
    return new HostileCurriculum(b.build(), List.copyOf(hubList), nameClashes, caseClashes);
  }

  /** A label unique to topic {@code i}: a word of some script, a number, sometimes combining. */
  private static String label(int i, SplittableRandom random) {
    String word = WORDS[random.nextInt(WORDS.length)];
    return (random.nextInt(4) == 0 ? "e\u0301tude " : "")
        + word
        + " n"
        + Integer.toString(i, 36)
        + "x";
  }
}
