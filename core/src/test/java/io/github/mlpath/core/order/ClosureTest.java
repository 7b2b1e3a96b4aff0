package io.github.mlpath.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.SeedFixture;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClosureTest {
  private final Curriculum c = SeedFixture.curriculum();

  private int v(String id) {
    return c.indexOf(id).getAsInt();
  }

  private Set<String> ids(BitSet set) {
    Set<String> out = new TreeSet<>();
    set.stream().forEach(i -> out.add(c.id(i)));
    return out;
  }

  @Test
  void prerequisitesIncludeTheStartAndEverythingItRequiresTransitively() {
    assertEquals(
        Set.of("chain-rule", "derivatives", "calculus", "algebra"),
        ids(Closure.prerequisites(c, v("chain-rule"))));
  }

  @Test
  void walkNeverEntersAStopTopicNorWhatOnlyItRequires() {
    BitSet stop = new BitSet();
    stop.set(v("calculus"));
    assertEquals(
        Set.of("chain-rule", "derivatives"),
        ids(Closure.prerequisites(c, new int[] {v("chain-rule")}, stop)));
  }

  @Test
  void knowingATopicImpliesKnowingWhatItRequiresUnlessNotImplied() {
    int[] known = {v("derivatives")};
    assertEquals(Set.of("derivatives", "calculus", "algebra"), ids(Closure.known(c, known, true)));
    assertEquals(Set.of("derivatives"), ids(Closure.known(c, known, false)));
  }

  @Test
  void dependentsFollowRequiredByEdges() {
    assertEquals(
        Set.of("chain-rule", "backpropagation"), ids(Closure.dependents(c, v("chain-rule"))));
  }
}
