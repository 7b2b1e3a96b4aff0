package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Depth;
import io.github.mlpath.core.SeriesFixture;
import org.junit.jupiter.api.Test;

class ResourceChooserTest {
  private final Curriculum c = SeriesFixture.curriculum();
  private final ResourceChooser chooser = ResourceChooser.of(c);

  private int v(String id) {
    return c.indexOf(id).getAsInt();
  }

  private String chosen(
      String topic, ResourcePreferences p, java.util.function.IntPredicate later) {
    return chooser.choose(v(topic), p, later).orElseThrow().resource().id();
  }

  @Test
  void aPartIsChosenRatherThanTheWholeSeries() {
    ResourceChoice choice =
        chooser.choose(v("vectors"), ResourcePreferences.NONE, t -> false).orElseThrow();
    assertEquals("ep1", choice.resource().id());
    assertTrue(
        choice.notes().get(0).contains("a whole course, series or book, for one of its parts"),
        choice.notes().toString());
  }

  @Test
  void aPartThatPresumesATopicComingLaterOnThePathIsPassedOver() {
    // on a path where vectors come after matrices, episode 2 presumes episode 1's vectors...
    // ...but episode 2 teaches vectors again, so it presumes nothing
    assertEquals("ep2", chosen("matrices", ResourcePreferences.NONE, t -> t == v("vectors")));
    // episode 3 presumes matrices, which only episode 2 teaches: if matrices come later, the book
    ResourceChoice choice =
        chooser
            .choose(v("matrix-multiplication"), ResourcePreferences.NONE, t -> t == v("matrices"))
            .orElseThrow();
    assertEquals("book-2-2", choice.resource().id());
    assertTrue(
        choice.notes().get(0).contains("comes later on this path"), choice.notes().toString());
    assertEquals("ep3", chosen("matrix-multiplication", ResourcePreferences.NONE, t -> false));
  }

  @Test
  void rigorousDepthPicksTheLectureWhoseTitleNamesTheTopic() {
    ResourcePreferences rigorous = ResourcePreferences.NONE.withDepth(Depth.RIGOROUS);
    assertEquals("lecture-31", chosen("change-of-basis", rigorous, t -> false));
    assertEquals(
        "book-2-2", chosen("matrices", rigorous, t -> false), "2.2 Matrices names it squarely");
  }
}
