package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.AmbiguousTopicException;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicDetails;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.UnknownTopicException;
import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicResolverTest {
  private final Curriculum c = SeedFixture.curriculum();
  private final TopicResolver names = TopicResolver.of(c);

  private String resolved(String name) {
    return c.id(names.resolve(name));
  }

  @Test
  void singularPluralCaseAndSpacingNameTheSameTopic() {
    for (String name : List.of("Derivative", "derivatives", "DERIVATIVES", " derivative ")) {
      assertEquals("derivatives", resolved(name), name);
    }
    assertEquals("activation-functions", resolved("Activation Function"));
    assertEquals("dictionaries-and-tuples", resolved("dictionary and tuple"));
    assertEquals("python-basics", resolved("python_basics"));
  }

  @Test
  void labelsAndAlternativeLabelsNameTheirTopic() {
    assertEquals("object-oriented-programming", resolved("OOP"));
    assertEquals("object-oriented-programming", resolved("classes, objects and methods"));
    assertEquals("exponential-function", resolved("e to the x"));
    assertEquals("kaggle-titanic-competition", resolved("titanic"));
    assertEquals("basic-terminal-commands", resolved("command line"));
  }

  @Test
  void unknownNameSuggestsTheClosestIds() {
    UnknownTopicException e =
        assertThrows(UnknownTopicException.class, () -> names.resolve("backpropagaton"));
    assertEquals(List.of("backpropagation"), e.suggestions());
    assertTrue(e.getMessage().contains("did you mean backpropagation?"), e.getMessage());
  }

  @Test
  void unknownNameWithNothingCloseSuggestsNothing() {
    UnknownTopicException e =
        assertThrows(UnknownTopicException.class, () -> names.resolve("quantum chromodynamics"));
    assertEquals(List.of(), e.suggestions());
    assertEquals("unknown topic 'quantum chromodynamics'", e.getMessage());
  }

  @Test
  void anIdBeatsALabelAndTwoEqualMatchesAreAmbiguous() {
    CurriculumBuilder b = new CurriculumBuilder();
    b.addTopic(Topic.of("gradient", "urn:x:gradient", "Slope vector", TopicKind.MATH));
    b.addTopic(Topic.of("grad-1", "urn:x:grad-1", "Gradients", TopicKind.MATH));
    b.addTopic(
        new Topic(
            "grad-2",
            "urn:x:grad-2",
            "Gradient descent",
            TopicKind.ML_CONCEPT,
            Optional.empty(),
            TopicDetails.of(List.of("Descent"), Optional.empty(), List.of())));
    b.addTopic(
        new Topic(
            "grad-3",
            "urn:x:grad-3",
            "Steepest descent",
            TopicKind.ML_CONCEPT,
            Optional.empty(),
            TopicDetails.of(List.of("descents"), Optional.empty(), List.of())));
    Curriculum g = b.build();
    TopicResolver r = TopicResolver.of(g);
    assertEquals("gradient", g.id(r.resolve("Gradients")));
    AmbiguousTopicException e =
        assertThrows(AmbiguousTopicException.class, () -> r.resolve("descent"));
    assertEquals(List.of("grad-2", "grad-3"), e.candidates());
  }

  @Test
  void resolvesEveryIdAndLabelOfALargeCurriculum() {
    Curriculum big = SyntheticCurriculum.generate(20_000, 3);
    TopicResolver r = TopicResolver.of(big);
    for (int v = 0; v < big.size(); v += 97) {
      assertEquals(v, r.resolve(big.label(v)));
      assertEquals(v, r.resolve(big.id(v).toUpperCase()));
    }
  }
}
