package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.SeriesFixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PathResourcesTest {
  private final Curriculum c = SeriesFixture.curriculum();

  private int v(String id) {
    return c.indexOf(id).getAsInt();
  }

  private List<String> ids(List<Optional<ResourceChoice>> chosen) {
    return chosen.stream().map(r -> r.orElseThrow().resource().id()).toList();
  }

  @Test
  void inTheSourcesOrderEachTopicKeepsItsOwnEpisode() {
    int[] order = {v("vectors"), v("matrices"), v("matrix-multiplication")};
    assertEquals(
        List.of("ep1", "ep2", "ep3"),
        ids(PathResources.choose(c, order, ResourcePreferences.NONE)));
  }

  @Test
  void aLaterEpisodeIsNotUsedBeforeAnEarlierOneOfTheSameSeries() {
    // matrices first, then vectors: episode 2 would come before episode 1
    List<Optional<ResourceChoice>> chosen =
        PathResources.choose(c, new int[] {v("matrices"), v("vectors")}, ResourcePreferences.NONE);
    assertEquals(List.of("book-2-2", "ep1"), ids(chosen));
    List<String> notes = chosen.get(0).orElseThrow().notes();
    assertTrue(
        notes.toString().contains("'ep2', which would come on this path after a later part"),
        notes.toString());
  }

  @Test
  void aChapterAndItsOwnSectionAreAtTheSamePlace() {
    SeriesPlace chapter = new SeriesPlace("book", new int[] {9});
    SeriesPlace section = new SeriesPlace("book", new int[] {9, 3});
    SeriesPlace earlier = new SeriesPlace("book", new int[] {3, 1});
    assertFalse(chapter.before(section));
    assertFalse(section.before(chapter));
    assertTrue(earlier.before(section));
    assertTrue(section.after(earlier));
    assertEquals(
        Optional.of(new SeriesPlace("series", new int[] {2})),
        SeriesPlace.of(c, c.resource("ep2").orElseThrow()));
    assertEquals(Optional.empty(), SeriesPlace.of(c, c.resource("series").orElseThrow()));
  }
}
