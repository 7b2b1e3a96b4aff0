package io.github.mlpath.graph.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11's teacher's rules, each checked on the bundled curriculum (nothing found) and on a
 * fixture that breaks it (the violation found).
 */
class PedagogyRulesTest {
  private static final Curriculum BUNDLED = PedagogyRules.bundled();
  private static final Curriculum BROKEN = PedagogyRules.fixture("broken.ttl");

  @Test
  void everyEdgeHasAReason() {
    assertEquals(List.of(), PedagogyRules.edgesWithoutReason(BUNDLED));
    assertEquals(
        List.of("logistic-regression -> neural-networks"),
        PedagogyRules.edgesWithoutReason(BROKEN));
  }

  @Test
  void noClassicalModelDependsOnNeuralNetworks() {
    assertEquals(
        List.of(), PedagogyRules.reaching(BUNDLED, PedagogyRules.CLASSICAL, PedagogyRules.NEURAL));
    assertEquals(
        List.of("logistic-regression -> neural-networks"),
        PedagogyRules.reaching(BROKEN, PedagogyRules.CLASSICAL, PedagogyRules.NEURAL));
  }

  @Test
  void everyNetworkTrainedByBackpropagationReachesActivationFunctionsAndBackpropagation() {
    assertEquals(
        List.of(),
        PedagogyRules.missing(
            BUNDLED, PedagogyRules.TRAINED_BY_BACKPROPAGATION, PedagogyRules.TRAINING));
    assertEquals(
        List.of(
            "convolutional-neural-networks misses activation-functions",
            "convolutional-neural-networks misses backpropagation"),
        PedagogyRules.missing(
                BROKEN, PedagogyRules.TRAINED_BY_BACKPROPAGATION, PedagogyRules.TRAINING)
            .stream()
            .filter(s -> s.startsWith("convolutional"))
            .toList());
  }

  @Test
  void knowingASchoolAreaImpliesNoTopicOfAnotherArea() {
    assertEquals(List.of(), PedagogyRules.impliedOutside(BUNDLED, PedagogyRules.SCHOOL_AREAS));
    assertEquals(
        List.of(
            "trigonometry: angle-between-vectors -> dot-product (linear-algebra)",
            "trigonometry: angle-between-vectors -> vectors (linear-algebra)"),
        PedagogyRules.impliedOutside(BROKEN, PedagogyRules.SCHOOL_AREAS).stream()
            .sorted()
            .toList());
  }

  /**
   * Issue 11: "never a whole course when a part exists". Planned for every topic at once (the path
   * where series order pushes most start-with parts aside), no step opens a whole course: a
   * resource that has parts and is part of nothing. Chapters of a book are parts.
   */
  @Test
  void noStepOfTheWholeCurriculumStartsAtAWholeCourse() {
    Set<String> courses = new TreeSet<>();
    for (Resource r : BUNDLED.resources()) {
      r.partOf()
          .flatMap(BUNDLED::resource)
          .filter(c -> c.partOf().isEmpty())
          .ifPresent(c -> courses.add(c.id()));
    }
    List<String> goals = new ArrayList<>();
    for (int v = 0; v < BUNDLED.size(); v++) {
      if (!BUNDLED.isUmbrella(v)) {
        goals.add(BUNDLED.id(v));
      }
    }
    LearningPath path = Planner.of(BUNDLED).path(PathRequest.to(goals.toArray(String[]::new)));
    List<String> whole = new ArrayList<>();
    for (Step step : path.steps()) {
      step.resource()
          .map(choice -> choice.resource().id())
          .filter(courses::contains)
          .ifPresent(id -> whole.add(step.topic().id() + " -> " + id));
    }
    assertTrue(courses.contains("khan-differential-calculus"), courses.toString());
    assertEquals(List.of(), whole);
  }

  @Test
  void noEdgeTouchesAnUmbrella() {
    assertEquals(List.of(), PedagogyRules.umbrellaEdges(BUNDLED));
    assertEquals(List.of("limits -> calculus"), PedagogyRules.umbrellaEdges(BROKEN));
  }

  @Test
  void everyTopicHasAPlaceInATeachingOrderThatAgreesWithThePrerequisites() {
    assertEquals(List.of(), PedagogyRules.teachingOrderProblems(BUNDLED));
    assertEquals(
        List.of(
            "functions comes before python-basics, which it requires",
            "limits has no teaching order"),
        PedagogyRules.teachingOrderProblems(BROKEN).stream().sorted().toList());
  }

  @Test
  void theAreaTopicsAreUmbrellasWithParts() {
    for (String area :
        List.of(
            "algebra", "linear-algebra", "calculus", "trigonometry", "statistics", "probability")) {
      int u = BUNDLED.indexOf(area).getAsInt();
      assertTrue(BUNDLED.isUmbrella(u), area);
      assertTrue(BUNDLED.parts(u).length >= 5, area + " has " + BUNDLED.parts(u).length);
    }
  }

  /**
   * True facts that are not prerequisites, which used to drag whole chains into paths: each pair
   * must now be unrelated.
   */
  @ParameterizedTest
  @CsvSource({
    "mean-squared-error, variance",
    "linear-regression, variance",
    "perceptron, orthogonality",
    "neural-networks, perceptron",
    "cosine-similarity, angle-between-vectors",
    "transformers, angle-between-vectors",
    "kaggle-titanic-competition, git-version-control",
    "kaggle-titanic-competition, basic-terminal-commands",
    "logistic-regression, maximum-likelihood-estimation",
    "sigmoid-function, activation-functions",
    "support-vector-machines, regularization",
    "decision-trees, expected-value",
    "covariance-matrix, eigenvalues-and-eigenvectors",
    "hessian-matrix, eigenvalues-and-eigenvectors",
    "layer-normalization, batch-normalization"
  })
  void trueButUnneededLinksAreNotPrerequisites(String topic, String notNeeded) {
    assertTrue(
        Planner.of(BUNDLED).why(topic, notNeeded).isEmpty(),
        () ->
            topic + " depends on " + notNeeded + ": " + Planner.of(BUNDLED).why(topic, notNeeded));
  }

  /** Real prerequisites that were missing from closures. */
  @ParameterizedTest
  @CsvSource({
    "backpropagation, activation-functions",
    "backpropagation, multivariable-chain-rule",
    "long-short-term-memory, vanishing-and-exploding-gradients",
    "autoencoders, backpropagation",
    "exponential-function, functions-and-graphs",
    "logistic-regression, sigmoid-function"
  })
  void realPrerequisitesAreThere(String topic, String needed) {
    assertTrue(Planner.of(BUNDLED).why(topic, needed).isPresent(), topic + " needs " + needed);
  }
}
