package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan on the bundled curriculum starts nothing it does not need, as the JVM's class-loading log
 * of a real {@code mlpath} process shows: no record's {@code equals}, {@code hashCode} or {@code
 * toString} is bootstrapped ({@code java.lang.runtime.ObjectMethods} spins about 20 classes at its
 * first call), and nothing starts {@code ProcessHandle} (its reaper thread pool).
 */
class LeanStartTest {
  @TempDir Path dir;

  private static List<String> named(List<String> log, String... names) {
    return log.stream().filter(l -> List.of(names).stream().anyMatch(l::contains)).toList();
  }

  @Test
  void aBundledPlanBootstrapsNoRecordMethodAndNoProcessHandle() throws Exception {
    List<String> log = MlpathProcess.classesLoaded(dir, "path", "--goal", "backpropagation");
    assertTrue(log.stream().anyMatch(l -> l.contains(" io.github.mlpath.cli.Main ")), "no log");
    assertEquals(
        List.of(),
        named(log, " java.lang.runtime.ObjectMethods ", " java.lang.ProcessHandleImpl "));
  }
}
