package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
          List<String> names = new java.util.ArrayList<>(labels);
          names.add(id);
          s.offer(id, names);
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
  void suggestsNothingForNamesCloseToNothing() {
    assertEquals(List.of(), suggest("zz"));
    assertEquals(List.of(), suggest("topology"));
    assertEquals(List.of(), suggest(" - "));
  }
}
