package io.github.mlpath.graph.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.learner.Profile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile survives what the issue names: a writer killed with SIGKILL at random moments leaves
 * the old version or the new one, never a broken file; two processes updating at once lose no
 * update. Each writer is a child JVM ({@link ProfileWriter}).
 */
class ProfileDurabilityTest {
  private static final int KILLS = 50;

  @TempDir Path dir;

  private static ProcessBuilder child(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ProfileWriter.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
  }

  @Test
  void aWriterKilledAtRandomMomentsLeavesAWholeProfileEveryTime() throws Exception {
    Path file = dir.resolve("profile.ttl");
    Random random = new Random(13);
    int before = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      Process p = child("churn", file.toString()).start();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        assertEquals("ready", out.readLine(), "the writer started");
        Thread.sleep(random.nextInt(60));
        p.destroyForcibly();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      }
      Profile after = ProfileStores.file(file).read();
      int n = after.goals().size();
      assertEquals(ProfileWriter.version(n), after, "kill " + kill + ": a whole version");
      assertTrue(n > before, "kill " + kill + ": the writer's first update was kept");
      before = n;
    }
  }

  @Test
  void twoProcessesUpdatingAtOnceLoseNoUpdate() throws Exception {
    Path file = dir.resolve("profile.ttl");
    int each = 40;
    Process a = child("add", file.toString(), "a", String.valueOf(each)).start();
    Process b = child("add", file.toString(), "b", String.valueOf(each)).start();
    assertTrue(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, a.exitValue());
    assertEquals(0, b.exitValue());
    List<String> goals = ProfileStores.file(file).read().goals();
    assertEquals(2 * each, goals.size(), "every update of both writers is there");
    for (String prefix : List.of("a-", "b-")) {
      List<String> own = goals.stream().filter(g -> g.startsWith(prefix)).toList();
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= each; i++) {
        expected.add(prefix + i);
      }
      assertEquals(expected, own, "each writer's updates in its own order");
    }
  }
}
