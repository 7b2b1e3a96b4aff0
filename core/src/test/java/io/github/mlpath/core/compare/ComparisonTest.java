package io.github.mlpath.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicDetails;
import io.github.mlpath.core.TopicKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Two small curricula whose agreement is worked out by hand in the comments: A's six pairs and B's
 * five, each judged against the other's closure.
 */
class ComparisonTest {
  private static Topic topic(String id, String label, String... matches) {
    return new Topic(
        id,
        "urn:t:" + id,
        label,
        TopicKind.MATH,
        Optional.empty(),
        new TopicDetails(
            List.of(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            List.of(matches),
            false,
            OptionalInt.empty()));
  }

  /** A: dot-product, linear-regression, gdesc ("the gradient descent"), backprop... */
  static Curriculum a() {
    return new CurriculumBuilder()
        .addTopic(topic("vectors", "Vectors"))
        .addTopic(topic("dot-product", "Dot product", "http://en.wikipedia.org/wiki/Dot_product"))
        .addTopic(topic("matrices", "Matrices"))
        .addTopic(topic("linear-regression", "Linear regression"))
        .addTopic(topic("gdesc", "the gradient descent"))
        .addTopic(topic("backprop", "Backpropagation"))
        .addTopic(topic("only-a", "Only in A"))
        .addPrerequisite("dot-product", "vectors")
        .addPrerequisite("linear-regression", "dot-product")
        .addPrerequisite("gdesc", "linear-regression")
        .addPrerequisite("backprop", "gdesc")
        .addPrerequisite("matrices", "vectors")
        .addPrerequisite("only-a", "vectors")
        .build();
  }

  /** B: the same concepts under other ids, one linked by its article only. */
  static Curriculum b() {
    return new CurriculumBuilder()
        .addTopic(topic("vector", "Vector"))
        .addTopic(topic("dot", "Scalar product", "https://en.wikipedia.org/wiki/Dot_product"))
        .addTopic(topic("matrix", "Matrices"))
        .addTopic(topic("linreg", "Linear Regression"))
        .addTopic(topic("gd", "Gradient descent"))
        .addTopic(topic("backpropagation", "Backpropagation"))
        .addTopic(topic("only-b", "Only in B"))
        .addPrerequisite("dot", "vector")
        .addPrerequisite("linreg", "gd")
        .addPrerequisite("linreg", "matrix")
        .addPrerequisite("matrix", "dot")
        .addPrerequisite("only-b", "gd")
        .build();
  }

  @Test
  void alignsByArticleThenByNormalisedNameAndLeavesTheRest() {
    Comparison c = Comparison.of("A", a(), "B", b(), Map.of());
    assertEquals(
        List.of(
            "backprop=backpropagation name",
            "dot-product=dot article",
            "gdesc=gd name",
            "linear-regression=linreg name",
            "matrices=matrix name",
            "vectors=vector name"),
        c.alignment().stream()
            .map(p -> p.a().id() + "=" + p.b().id() + " " + p.by().slug())
            .toList());
  }

  @Test
  void eachPairOfAIsJudgedAgainstTheClosureOfB() {
    Direction d = Comparison.of("A", a(), "B", b(), Map.of()).aAgainstB();
    // dot-product -> vectors: B states dot -> vector                  agrees (direct)
    // linear-regression -> dot-product: B has linreg -> matrix -> dot  agrees (through a chain)
    // gdesc -> linear-regression: B has linreg -> gd                   reversed
    // backprop -> gdesc: B relates backpropagation and gd in no way    missing
    // matrices -> vectors: B has matrix -> dot -> vector               agrees (through a chain)
    // only-a -> vectors: only-a has no counterpart                     unaligned
    assertEquals(List.of(6, 5, 3, 1, 1, 1), figures(d));
    assertEquals(
        List.of("gdesc -> linear-regression"),
        d.with(Verdict.REVERSED).stream()
            .map(p -> p.topic().id() + " -> " + p.required().id())
            .toList());
    assertEquals("gd", d.with(Verdict.REVERSED).get(0).otherTopic().orElseThrow().id());
  }

  @Test
  void andEachPairOfBAgainstTheClosureOfA() {
    Direction d = Comparison.of("A", a(), "B", b(), Map.of()).bAgainstA();
    // dot -> vector: A states dot-product -> vectors                    agrees (direct)
    // linreg -> gd: A has gdesc -> linear-regression                    reversed
    // linreg -> matrix: A relates linear-regression and matrices not    missing
    // matrix -> dot: A has matrices -> vectors only                     missing
    // only-b -> gd: only-b has no counterpart                           unaligned
    assertEquals(List.of(5, 4, 1, 1, 1, 2), figures(d));
    assertEquals("B", d.from());
    assertEquals(0.25, d.share(d.agrees()), 1e-9);
  }

  @Test
  void aMappingAlignsFirstAndANameSharedBySeveralTopicsAlignsNone() {
    Curriculum a =
        new CurriculumBuilder()
            .addTopic(topic("kernel-trick", "Kernel"))
            .addTopic(topic("kernel-function", "Kernel"))
            .addTopic(topic("svm", "SVM"))
            .build();
    Curriculum b =
        new CurriculumBuilder()
            .addTopic(topic("kernel", "Kernel"))
            .addTopic(topic("support-vector-machine", "Support vector machine"))
            .build();
    Alignment none = Alignment.of(a, b);
    assertEquals(List.of(), none.pairs());
    Alignment mapped = Alignment.of(a, b, Map.of("svm", "support-vector-machine"));
    assertEquals(1, mapped.pairs().size());
    assertEquals(MatchKind.MAPPING, mapped.pairs().get(0).by());
  }

  @Test
  void aPairWhoseCounterpartIsAnUmbrellaIsNotJudged() {
    Curriculum a =
        new CurriculumBuilder()
            .addTopic(topic("probability", "Probability"))
            .addTopic(topic("conditional-probability", "Conditional probability"))
            .addPrerequisite("conditional-probability", "probability")
            .build();
    Curriculum b =
        new CurriculumBuilder()
            .addTopic(topic("probability", "Probability").withUmbrella(true))
            .addTopic(
                new Topic(
                    "conditional-probability",
                    "urn:t:conditional-probability",
                    "Conditional probability",
                    TopicKind.MATH,
                    Optional.empty(),
                    new TopicDetails(
                        List.of(),
                        Optional.empty(),
                        List.of("probability"),
                        Optional.empty(),
                        List.of(),
                        false,
                        OptionalInt.empty())))
            .build();
    Direction d = Comparison.of("A", a, "B", b, Map.of()).aAgainstB();
    // B's probability groups conditional probability (its part), so its walk reaches it: judged,
    // A's pair would look reversed; a grouping is no step, so the pair is not judged at all
    assertEquals(List.of(1, 0, 0, 0, 0, 0), figures(d));
  }

  @Test
  void articleKeysIgnoreHowTheAddressIsWritten() {
    String key = Articles.key("https://en.wikipedia.org/wiki/Bayes%27_theorem");
    assertEquals(key, Articles.key("http://en.m.wikipedia.org/wiki/bayes'_theorem#Statement"));
    assertEquals("https://example.org/x", Articles.key("https://example.org/x"));
  }

  private static List<Integer> figures(Direction d) {
    return List.of(
        d.pairs(), d.aligned(), d.agrees(), d.agreesDirectly(), d.reversed(), d.missing());
  }
}
