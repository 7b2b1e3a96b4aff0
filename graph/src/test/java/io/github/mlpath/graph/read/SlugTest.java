package io.github.mlpath.graph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SlugTest {
  private static final Pattern SLUG = Pattern.compile("[/#][a-z0-9]+(-[a-z0-9]+)*$");
  private static final String ALPHABET = "az09-/#A_ .\n\r\u0085\u2028\u2029\u00e9";

  @Test
  void answersAsTheRegularExpressionOnEveryShortStringOfTrickyCharacters() {
    SplittableRandom random = new SplittableRandom(10);
    int slugs = 0;
    for (int n = 0; n < 300_000; n++) {
      StringBuilder s = new StringBuilder(n % 3 == 0 ? "https://w3id.org/mlpath/topic/" : "");
      for (int i = random.nextInt(9); i > 0; i--) {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String iri = s.toString();
      boolean expected = SLUG.matcher(iri).find();
      assertEquals(expected, Slug.ends(iri), () -> "<" + iri.replace("\n", "\\n") + ">");
      slugs += expected ? 1 : 0;
    }
    assertTrue(slugs > 1000, "slugs among them: " + slugs);
  }

  @Test
  void topicIrisOfTheUsualShape() {
    assertTrue(Slug.ends("https://w3id.org/mlpath/topic/topic-0795406"));
    assertTrue(Slug.ends("https://example.org/ns#chain-rule"));
    assertFalse(Slug.ends("https://w3id.org/mlpath/topic/Chain-Rule"));
    assertFalse(Slug.ends("https://w3id.org/mlpath/topic/chain--rule"));
    assertFalse(Slug.ends("https://w3id.org/mlpath/topic/"));
    assertFalse(Slug.ends("urn:x:chain-rule"));
  }
}
