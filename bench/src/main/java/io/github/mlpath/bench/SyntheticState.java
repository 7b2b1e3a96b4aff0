package io.github.mlpath.bench;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.order.Ranking;
import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import java.util.BitSet;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A synthetic curriculum of {@code topics} topics (seed 42, about 3 edges per topic), its ranking
 * by id, its deepest topic, and a known set for ready-to-learn: every topic with an index below
 * half (a prefix is closed under "requires", since synthetic topics require only earlier ones), and
 * the set of all topics.
 */
@State(Scope.Benchmark)
public class SyntheticState {
  /** The fixed seed of every benchmark curriculum. */
  public static final long SEED = 42L;

  @Param({"10000", "100000", "1000000"})
  public int topics;

  public Curriculum curriculum;
  public Ranking ranking;
  public int deepest;
  public BitSet halfKnown;
  public BitSet all;

  @Setup(Level.Trial)
  public void setUp() {
    curriculum = SyntheticCurriculum.generate(topics, SEED);
    ranking = Ranking.byId(curriculum);
    deepest = deepest(curriculum);
    halfKnown = new BitSet(topics);
    halfKnown.set(0, topics / 2);
    all = new BitSet(topics);
    all.set(0, topics);
  }

  /** The topic with the longest chain of prerequisites below it; ties go to the highest index. */
  public static int deepest(Curriculum c) {
    Adjacency requires = c.requires();
    int[] depth = new int[c.size()];
    int best = 0;
    for (int v = 0; v < c.size(); v++) {
      for (int k = requires.start(v); k < requires.end(v); k++) {
        depth[v] = Math.max(depth[v], depth[requires.target(k)] + 1);
      }
      if (depth[v] >= depth[best]) {
        best = v;
      }
    }
    return best;
  }
}
