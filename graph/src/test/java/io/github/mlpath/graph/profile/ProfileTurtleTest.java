package io.github.mlpath.graph.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.learner.Mark;
import io.github.mlpath.core.learner.MarkOrigin;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.ReviewCard;
import io.github.mlpath.core.plan.Strategy;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

class ProfileTurtleTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /** A profile with every field set, and a topic id that is not a plain local name. */
  static Profile rich() {
    return new Profile(
        List.of(
            new Mark("derivatives", DAY, MarkOrigin.LEARNED),
            new Mark("chain-rule", DAY.plusDays(1), MarkOrigin.ASSESSED),
            new Mark("c++-basics", DAY, MarkOrigin.LEARNED)),
        List.of(new Mark("limits", DAY, MarkOrigin.IMPLIED)),
        List.of("backpropagation", "transformers"),
        new Preferences(
            Optional.of(6.5),
            Optional.of(DAY),
            Optional.of(Medium.VIDEO),
            true,
            Optional.of(Depth.INTUITION),
            Optional.of(Strategy.MATH_FIRST)),
        List.of(new ReviewCard("derivatives", DAY, DAY.plusDays(6), 2.125, 2.36, 6, 1)));
  }

  static Profile parse(String turtle) {
    byte[] bytes = turtle.getBytes(StandardCharsets.UTF_8);
    var source = new DataSource("profile.ttl", Lang.TURTLE, () -> new ByteArrayInputStream(bytes));
    return ProfileModel.read(RdfLoader.load(List.of(source)).model(), "profile.ttl");
  }

  @Test
  void everyFieldSurvivesAWriteAndARead() {
    assertEquals(rich(), parse(ProfileTurtle.write(rich(), "https://w3id.org/mlpath/learner/me")));
  }

  @Test
  void theEmptyProfileSurvivesToo() {
    assertEquals(Profile.EMPTY, parse(ProfileTurtle.write(Profile.EMPTY, "urn:example:me")));
  }

  @Test
  void theSameProfileIsAlwaysWrittenTheSameWay() {
    String text = ProfileTurtle.write(rich(), "https://w3id.org/mlpath/learner/me");
    assertEquals(text, ProfileTurtle.write(parse(text), "https://w3id.org/mlpath/learner/me"));
    assertTrue(text.contains("mlp:goals ( topic:backpropagation topic:transformers )"), text);
    assertTrue(text.contains("<https://w3id.org/mlpath/topic/c++-basics>"), text);
  }

  @Test
  void aDecimalIsAlwaysWrittenWithAPoint() {
    assertEquals("6.0", ProfileTurtle.decimal(6));
    assertEquals("0.0001", ProfileTurtle.decimal(1e-4));
  }
}
