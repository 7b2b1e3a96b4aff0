package io.github.mlpath.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The bundled seed curriculum rebuilt in code (python, machine learning, math), plus the chain rule
 * and backpropagation, and a few resources on derivatives and neural networks, so that core tests
 * need no RDF.
 */
public final class SeedFixture {
  public static final String NS = "https://w3id.org/mlpath/topic/";

  private SeedFixture() {}

  public static Curriculum curriculum() {
    return builder().build();
  }

  public static CurriculumBuilder builder() {
    CurriculumBuilder b = new CurriculumBuilder();
    for (String[] a :
        new String[][] {
          {"python", "Python"},
          {"machine-learning", "Machine Learning"},
          {"algebra", "Algebra"},
          {"linear-algebra", "Linear Algebra"},
          {"calculus", "Calculus"},
          {"trigonometry", "Trigonometry"},
          {"statistics", "Statistics"},
          {"probability", "Probability"}
        }) {
      b.addArea(new Area(a[0], "https://w3id.org/mlpath/area/" + a[0], a[1]));
    }
    topic(b, "python-basics", "Python basics", TopicKind.PROGRAMMING, "python", "Python");
    topic(
        b,
        "basic-terminal-commands",
        "Basic terminal commands",
        TopicKind.PROGRAMMING,
        "python",
        "Terminal",
        "Command line");
    topic(b, "list-slicing", "List slicing", TopicKind.PROGRAMMING, "python");
    topic(
        b, "string-formatting", "String formatting", TopicKind.PROGRAMMING, "python", "f-strings");
    topic(b, "dictionaries-and-tuples", "Dictionaries and tuples", TopicKind.PROGRAMMING, "python");
    topic(
        b,
        "exception-handling",
        "Exception handling",
        TopicKind.PROGRAMMING,
        "python",
        "Exceptions");
    topic(
        b,
        "object-oriented-programming",
        "Object-oriented programming",
        TopicKind.PROGRAMMING,
        "python",
        "OOP",
        "Classes, objects and methods");
    b.addPrerequisite("list-slicing", "python-basics");
    b.addPrerequisite("string-formatting", "python-basics");
    b.addPrerequisite("dictionaries-and-tuples", "python-basics");
    b.addPrerequisite("exception-handling", "python-basics");
    b.addPrerequisite("object-oriented-programming", "python-basics");
    b.addPrerequisite(
        "object-oriented-programming",
        "dictionaries-and-tuples",
        "an object's attributes live in a dictionary, and methods often return tuples");

    topic(
        b,
        "kaggle-titanic-competition",
        "Kaggle Titanic competition",
        TopicKind.PROJECT,
        "machine-learning",
        "First Kaggle competition",
        "Titanic");
    for (String p :
        List.of(
            "list-slicing",
            "string-formatting",
            "dictionaries-and-tuples",
            "exception-handling",
            "object-oriented-programming",
            "basic-terminal-commands")) {
      b.addPrerequisite("kaggle-titanic-competition", p);
    }
    topic(
        b,
        "neural-networks",
        "Neural networks",
        TopicKind.ML_CONCEPT,
        "machine-learning",
        "Neural network");
    b.addPrerequisite("neural-networks", "kaggle-titanic-competition");
    b.addPrerequisite(
        "neural-networks",
        "matrix-multiplication",
        "a layer computes all its weighted sums at once as one matrix-vector product");
    topic(
        b,
        "activation-functions",
        "Activation functions",
        TopicKind.ML_CONCEPT,
        "machine-learning",
        "Activation function");
    b.addPrerequisite("activation-functions", "neural-networks");
    b.addPrerequisite(
        "activation-functions",
        "derivatives",
        "training multiplies gradients by the activation's derivative");
    b.addPrerequisite(
        "activation-functions",
        "exponential-function",
        "sigmoid, tanh and softmax are all built from e to the x");
    topic(
        b,
        "backpropagation",
        "Backpropagation",
        TopicKind.ML_CONCEPT,
        "machine-learning",
        "Backprop");
    b.addPrerequisite("backpropagation", "activation-functions");
    b.addPrerequisite(
        "backpropagation",
        "chain-rule",
        "backpropagation is the chain rule applied layer by layer");

    topic(b, "algebra", "Algebra", TopicKind.MATH, "algebra");
    topic(
        b, "exponential-function", "Exponential function", TopicKind.MATH, "algebra", "e to the x");
    b.addPrerequisite("exponential-function", "algebra");
    topic(b, "linear-algebra", "Linear algebra", TopicKind.MATH, "linear-algebra");
    topic(b, "matrix-multiplication", "Matrix multiplication", TopicKind.MATH, "linear-algebra");
    b.addPrerequisite("matrix-multiplication", "linear-algebra");
    topic(b, "calculus", "Calculus", TopicKind.MATH, "calculus");
    b.addPrerequisite("calculus", "algebra");
    topic(b, "derivatives", "Derivatives", TopicKind.MATH, "calculus", "Derivative");
    b.addPrerequisite(
        "derivatives", "calculus", "a derivative is a limit, the core idea of calculus");
    topic(b, "chain-rule", "Chain rule", TopicKind.MATH, "calculus");
    b.addPrerequisite("chain-rule", "derivatives", "the chain rule differentiates compositions");
    topic(b, "trigonometry", "Trigonometry", TopicKind.MATH, "trigonometry");
    b.addPrerequisite("trigonometry", "algebra");
    topic(b, "statistics", "Statistics", TopicKind.MATH, "statistics");
    topic(b, "probability", "Probability", TopicKind.MATH, "probability");

    b.addResource(
        resource(
            "essence-of-calculus-2",
            "The paradox of the derivative",
            Medium.VIDEO,
            17,
            true,
            Depth.INTUITION,
            "derivatives"));
    b.addResource(
        resource(
            "stewart-chapter-2",
            "Stewart, Calculus, chapter 2",
            Medium.BOOK,
            240,
            false,
            Depth.RIGOROUS,
            "derivatives"));
    b.addResource(
        resource(
            "khan-derivatives",
            "Khan Academy: derivatives",
            Medium.INTERACTIVE,
            90,
            true,
            Depth.INTUITION,
            "derivatives"));
    b.startWith("derivatives", "essence-of-calculus-2");
    b.addResource(
        resource(
            "neural-networks-book",
            "Neural networks and deep learning, chapter 1",
            Medium.BOOK,
            0,
            true,
            Depth.INTUITION,
            "neural-networks"));
    return b;
  }

  private static void topic(
      CurriculumBuilder b, String id, String label, TopicKind kind, String area, String... alts) {
    b.addTopic(
        new Topic(
            id,
            NS + id,
            label,
            kind,
            Optional.of(area),
            TopicDetails.of(List.of(alts), Optional.empty(), List.of())));
  }

  /** A resource; {@code minutes} 0 means the data gives no duration. */
  private static Resource resource(
      String id,
      String title,
      Medium medium,
      int minutes,
      boolean free,
      Depth depth,
      String teaches) {
    return new Resource(
        id,
        "https://w3id.org/mlpath/resource/" + id,
        title,
        Optional.of("https://example.org/" + id),
        Optional.of(medium),
        minutes == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes)),
        Optional.of(free),
        Optional.of(depth),
        List.of(),
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        List.of(teaches),
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.empty());
  }
}
