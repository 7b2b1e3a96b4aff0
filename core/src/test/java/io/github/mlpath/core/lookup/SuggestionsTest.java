package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final Map<String, List<String>> TOPICS =
      Map.of(
          "neural-networks", List.of("Neural networks", "NN"),
          "logistic-regression", List.of("Logistic regression"),
          "linear-regression", List.of("Linear regression"),
          "maximum-likelihood-estimation", List.of("Maximum likelihood estimation", "MLE"),
          "backpropagation", List.of("Backpropagation"),
          "derivatives", List.of("Derivatives", "Derivative"));

  private static List<String> suggest(String name) {
    Suggestions s = new Suggestions(name);
    TOPICS.forEach(
        (id, labels) -> {
          List<String> others = new ArrayList<>(labels.subList(1, labels.size()));
          others.add(id);
          s.offer(id, labels.get(0), others);
        });
    return s.best(Suggestions.MAX);
  }

  @Test
  void findsTopicsByTheStartOfTheirName() {
    assertEquals(List.of("logistic-regression"), suggest("logistic"));
    assertEquals(List.of("neural-networks"), suggest("neural net"));
  }

  @Test
  void findsTopicsByTheirWordsInAnyOrder() {
    assertEquals(List.of("maximum-likelihood-estimation"), suggest("maximum likelihood"));
    assertEquals(List.of("maximum-likelihood-estimation"), suggest("likelihood maximum"));
  }

  @Test
  void findsTopicsThatContainTheNameTiesByIdThenMisspellingsByEditDistance() {
    assertEquals(List.of("linear-regression", "logistic-regression"), suggest("regression"));
    assertEquals(List.of("backpropagation"), suggest("backpropagaton"));
    assertEquals(List.of("derivatives"), suggest("dervatives"));
  }

  @Test
  void otherNamesMatchAfterLabelsAndTheMatchSaysWhichNameItWas() {
    Suggestions s = new Suggestions("MLE");
    s.offer("maximum-likelihood-estimation", "Maximum likelihood estimation", List.of("MLE"));
    s.offer("mle-tools", "MLE tools", List.of());
    List<Suggestions.Match> m = s.matches(3);
    assertEquals(List.of("mle-tools", "maximum-likelihood-estimation"), s.best(3));
    assertEquals("MLE", m.get(1).matched());
    assertEquals(Suggestions.OTHER_NAME, m.get(1).rank());
  }

  @Test
  void suggestsNothingForNamesCloseToNothing() {
    assertEquals(List.of(), suggest("zz"));
    assertEquals(List.of(), suggest("topology"));
    assertEquals(List.of(), suggest(" - "));
  }
}
