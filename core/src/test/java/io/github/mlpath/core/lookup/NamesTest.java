package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void normalizeFoldsCasePunctuationAndPlurals() {
    assertEquals("dictionary-and-tuple", Names.normalize("Dictionaries and tuples"));
    assertEquals("gaussian-process", Names.normalize("Gaussian  processes"));
    assertEquals("analysis", Names.normalize("Analysis"));
    assertEquals("f-string", Names.normalize("f-strings"));
    assertEquals("", Names.normalize(" -- "));
  }

  @Test
  void labelAndIdOfOneTopicNormalizeAlike() {
    assertEquals(Names.normalize("linear-algebra"), Names.normalize("Linear Algebra"));
    assertEquals(Names.normalize("Derivative"), Names.normalize("DERIVATIVES"));
  }
}
