package io.github.mlpath.core;

import java.util.List;
import java.util.Optional;

/**
 * A small curriculum with umbrella topics: Calculus over limits, derivatives and (under
 * derivatives) the chain rule; Algebra over functions and exponents; Statistics over the nested
 * umbrella Descriptive statistics, which holds the mean. Backpropagation needs the chain rule and
 * gradient descent, which needs derivatives; no edge ever touches an umbrella.
 */
public final class UmbrellaFixture {
  private UmbrellaFixture() {}

  public static Curriculum curriculum() {
    CurriculumBuilder b = new CurriculumBuilder();
    b.addArea(new Area("math", "https://w3id.org/mlpath/area/math", "Math"));
    b.addArea(new Area("ml", "https://w3id.org/mlpath/area/ml", "Machine Learning"));
    umbrella(b, "algebra", "Algebra");
    math(b, "functions", "Functions", "algebra");
    math(b, "exponents", "Exponents", "algebra");
    umbrella(b, "calculus", "Calculus");
    math(b, "limits", "Limits", "calculus");
    math(b, "derivatives", "Derivatives", "calculus");
    math(b, "chain-rule", "Chain rule", "derivatives");
    umbrella(b, "statistics", "Statistics");
    b.addTopic(topic("descriptive-statistics", "Descriptive statistics", "statistics", true));
    math(b, "mean", "Mean", "descriptive-statistics");
    ml(b, "gradient-descent", "Gradient descent");
    ml(b, "backpropagation", "Backpropagation");
    b.addPrerequisite("limits", "functions", "a limit is about a function's values");
    b.addPrerequisite("derivatives", "functions", "a derivative is a function's slope");
    b.addPrerequisite("chain-rule", "derivatives", "the chain rule differentiates compositions");
    b.addPrerequisite("gradient-descent", "derivatives", "the step follows the slope");
    b.addPrerequisite("backpropagation", "chain-rule", "gradients multiply through layers");
    b.addPrerequisite("backpropagation", "gradient-descent", "backprop feeds gradient descent");
    return b.build();
  }

  private static void umbrella(CurriculumBuilder b, String id, String label) {
    b.addTopic(topic(id, label, null, true));
  }

  private static void math(CurriculumBuilder b, String id, String label, String broader) {
    b.addTopic(topic(id, label, broader, false));
  }

  private static void ml(CurriculumBuilder b, String id, String label) {
    b.addTopic(
        Topic.of(id, SeedFixture.NS + id, label, TopicKind.ML_CONCEPT).withTeachingOrder(10));
  }

  private static Topic topic(String id, String label, String broader, boolean umbrella) {
    return new Topic(
            id,
            SeedFixture.NS + id,
            label,
            TopicKind.MATH,
            Optional.of("math"),
            TopicDetails.of(
                List.of(), Optional.empty(), broader == null ? List.of() : List.of(broader)))
        .withUmbrella(umbrella);
  }
}
