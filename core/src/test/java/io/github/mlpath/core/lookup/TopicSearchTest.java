package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.SeedFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSearchTest {
  private final Curriculum c = SeedFixture.curriculum();
  private final TopicSearch search = TopicSearch.of(c);

  private List<String> ids(String text, int limit) {
    return search.search(text, limit).stream().map(m -> m.topic().id()).toList();
  }

  @Test
  void theStartOfALabelSuggestsThatTopicFirst() {
    assertEquals("derivatives", ids("deriv", 5).get(0));
    assertEquals("activation-functions", ids("Activ", 5).get(0));
  }

  @Test
  void aWordInsideTheLabelAnIdOrAnAlternativeLabelMatchesToo() {
    assertTrue(ids("multiplication", 10).contains("matrix-multiplication"));
    TopicMatch oop = search.search("OOP", 3).get(0);
    assertEquals("object-oriented-programming", oop.topic().id());
    assertEquals("OOP", oop.matched());
    assertTrue(ids("python-bas", 3).contains("python-basics"));
  }

  @Test
  void aTypingMistakeStillFindsTheTopicButRanksBelowRealMatches() {
    assertEquals("backpropagation", ids("backpropagaton", 3).get(0));
    TopicMatch m = search.search("derivitive", 3).get(0);
    assertEquals("derivatives", m.topic().id());
    assertEquals(4, m.rank());
  }

  @Test
  void answersCarryTheDefinitionAndAreaAndStopAtTheLimit() {
    TopicMatch m = search.search("chain rule", 1).get(0);
    assertEquals("chain-rule", m.topic().id());
    assertEquals(c.definition(c.indexOf("chain-rule").getAsInt()), m.definition());
    assertEquals(c.area(c.indexOf("chain-rule").getAsInt()).get().label(), m.area().orElseThrow());
    assertEquals(2, search.search("a", 2).size());
  }

  @Test
  void blankTextOrNothingCloseGivesNothing() {
    assertEquals(List.of(), ids("  ", 10));
    assertEquals(List.of(), ids("zzzzqqq", 10));
  }

  @Test
  void tiesGoToTheLabelThatSortsFirst() {
    List<TopicMatch> all = search.search("a", 100);
    for (int i = 1; i < all.size(); i++) {
      TopicMatch a = all.get(i - 1);
      TopicMatch b = all.get(i);
      assertTrue(
          a.rank() < b.rank()
              || (a.rank() == b.rank()
                  && a.topic().label().compareToIgnoreCase(b.topic().label()) <= 0),
          a + " before " + b);
    }
  }
}
