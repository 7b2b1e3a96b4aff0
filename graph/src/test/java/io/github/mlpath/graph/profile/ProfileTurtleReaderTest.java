package io.github.mlpath.graph.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.core.learner.Profile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reader without an RDF parser reads every profile mlpath writes as the full parser does, and
 * leaves every other text to that parser.
 */
class ProfileTurtleReaderTest {
  private static final String ME = "https://w3id.org/mlpath/learner/me";

  @Test
  void everyFieldOfAWrittenProfileIsReadWithoutTheTurtleParser() {
    String text = ProfileTurtle.write(ProfileTurtleTest.rich(), ME);
    assertEquals(Optional.of(ProfileTurtleTest.rich()), ProfileTurtleReader.read(text, ME));
    assertEquals(ProfileTurtleTest.parse(text), ProfileTurtleReader.read(text, ME).orElseThrow());
  }

  @Test
  void theEmptyProfileAndOneWithOnlyGoalsAreReadToo() {
    assertEquals(
        Optional.of(Profile.EMPTY),
        ProfileTurtleReader.read(ProfileTurtle.write(Profile.EMPTY, ME), ME));
    Profile goals = Profile.EMPTY.withGoals(java.util.List.of("backpropagation"));
    assertEquals(Optional.of(goals), ProfileTurtleReader.read(ProfileTurtle.write(goals, ME), ME));
  }

  @Test
  void aFileEditedByHandOrForAnotherLearnerIsLeftToTheTurtleParser() {
    String text = ProfileTurtle.write(ProfileTurtleTest.rich(), ME);
    assertEquals(Optional.empty(), ProfileTurtleReader.read(text.replace(" ;\n", " ;  \n"), ME));
    assertEquals(Optional.empty(), ProfileTurtleReader.read(text + "# a note\n", ME));
    assertEquals(Optional.empty(), ProfileTurtleReader.read(text, "urn:example:someone"));
    assertEquals(Optional.empty(), ProfileTurtleReader.read(text.replace("6.5", "600.0"), ME));
    assertEquals(Optional.empty(), ProfileTurtleReader.read("<x> a mlp:Learner ;\n", ME));
  }
}
