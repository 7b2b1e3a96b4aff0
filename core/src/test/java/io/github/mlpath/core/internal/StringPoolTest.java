package io.github.mlpath.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StringPoolTest {
  private static final List<String> ODD =
      List.of(
          "",
          "a",
          "ab",
          "abc",
          "b",
          "topic-0000001",
          "topic-0000010",
          "topic-000001",
          "é",
          "e\u0301",
          "\u00ff",
          "\u07ff",
          "\u0800",
          "\ud7ff",
          "\ue000",
          "\uffff",
          "a\ue000",
          "a\ud83d\ude00",
          "\ud83d\ude00",
          "\ud800\udc00",
          "\udbff\udfff",
          "\uD83C\uDF89x",
          "z\uFB01");

  @Test
  void comparingPooledStringsAgreesWithStringOrderOnEveryPairIncludingSurrogates() {
    StringPool pool = new StringPool(4);
    ODD.forEach(pool::add);
    for (int i = 0; i < ODD.size(); i++) {
      for (int j = 0; j < ODD.size(); j++) {
        assertEquals(
            Integer.signum(ODD.get(i).compareTo(ODD.get(j))),
            pool.compare(i, j),
            ODD.get(i) + " vs " + ODD.get(j));
      }
    }
  }

  @Test
  void comparingRandomStringsFromAMixedAlphabetAgreesWithStringOrder() {
    String alphabet = "ab-09é\u0800\ue000\uffff";
    String[] supplementary = {"\ud83d\ude00", "\ud800\udc00"};
    Random random = new Random(7);
    StringPool pool = new StringPool(4);
    String[] strings = new String[2_000];
    for (int s = 0; s < strings.length; s++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(5); k > 0; k--) {
        int c = random.nextInt(alphabet.length() + supplementary.length);
        b.append(
            c < alphabet.length()
                ? String.valueOf(alphabet.charAt(c))
                : supplementary[c - alphabet.length()]);
      }
      strings[s] = b.toString();
      pool.add(strings[s]);
    }
    for (int i = 1; i < strings.length; i++) {
      assertEquals(
          Integer.signum(strings[i - 1].compareTo(strings[i])),
          pool.compare(i - 1, i),
          strings[i - 1] + " vs " + strings[i]);
    }
  }
}
