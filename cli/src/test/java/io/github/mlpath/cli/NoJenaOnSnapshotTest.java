package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.learner.Mark;
import io.github.mlpath.core.learner.MarkOrigin;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.profile.ProfileTurtle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planning from a snapshot (with a profile as mlpath writes it, too) (the bundled one in the jar,
 * or a cached one of the user's files) loads no class of Apache Jena at all: the JVM's own
 * class-loading log of a real {@code mlpath} process says so. The first run on a user's file parses
 * it, and does load Jena.
 */
class NoJenaOnSnapshotTest {
  @TempDir Path dir;

  private List<String> jenaClassesLoadedBy(String... args) throws Exception {
    List<String> log = MlpathProcess.classesLoaded(dir, args);
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    assertTrue(out.startsWith("Path to "), out);
    return log.stream().filter(l -> l.contains(" org.apache.jena.")).toList();
  }

  @Test
  void planningOnTheBundledCurriculumLoadsNoJenaClass() throws Exception {
    assertEquals(List.of(), jenaClassesLoadedBy("path", "--goal", "backpropagation"));
  }

  @Test
  void theSecondPlanOnAUsersFileLoadsNoJenaClassWhereTheFirstDid() throws Exception {
    String file = copyOfFixture("curriculum.ttl");
    assertTrue(!jenaClassesLoadedBy("path", "--data", file, "--goal", "b").isEmpty());
    assertEquals(List.of(), jenaClassesLoadedBy("path", "--data", file, "--goal", "b"));
  }

  @Test
  void planningWithAProfileMlpathWroteLoadsNoJenaClass() throws Exception {
    Path profile = dir.resolve("profile.ttl");
    Profile p =
        new Profile(
            List.of(new Mark("derivatives", LocalDate.of(2026, 3, 2), MarkOrigin.LEARNED)),
            List.of(),
            List.of("backpropagation"),
            Preferences.NONE.withHoursPerWeek(Optional.of(5.0)),
            List.of());
    Files.writeString(profile, ProfileTurtle.write(p, "https://w3id.org/mlpath/learner/me"));
    assertEquals(List.of(), jenaClassesLoadedBy("path", "--profile", profile.toString()));
  }

  @Test
  void planningOnAStoreWithTheLearnersProfileLoadsNoJenaClass() throws Exception {
    String store = dir.resolve("store").toString();
    for (List<String> setUp :
        List.of(
            List.of("load", "--store", store, copyOfFixture("curriculum.ttl")),
            List.of("learned", "a", "--store", store),
            List.of("goal", "add", "b", "--store", store),
            List.of("prefs", "set", "--hours-per-week", "5", "--store", store))) {
      MlpathProcess.Result r = MlpathProcess.run(setUp.toArray(String[]::new));
      assertEquals(0, r.exitCode(), setUp + ": " + r.err());
    }
    assertEquals(List.of(), jenaClassesLoadedBy("path", "--store", store));
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    assertTrue(out.contains("(b)") && !out.contains("(a)") && out.contains("5.0 h"), out);
  }

  private String copyOfFixture(String name) throws IOException {
    Path copy = dir.resolve(name);
    Files.writeString(
        copy,
        "@prefix mlp: <https://w3id.org/mlpath/ns#> .\n"
            + "@prefix topic: <https://w3id.org/mlpath/topic/> .\n"
            + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            + "topic:a a mlp:MathTopic ; skos:prefLabel \"A\"@en .\n"
            + "topic:b a mlp:MLConcept ; skos:prefLabel \"B\"@en ; mlp:requires topic:a .\n");
    // written well before its snapshot, so the cache may trust its size and time
    Files.setLastModifiedTime(
        copy, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    return copy.toString();
  }
}
