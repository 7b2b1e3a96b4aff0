package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan on the bundled curriculum starts nothing it does not need, as the JVM's class-loading log
 * of a real {@code mlpath} process shows: no record's {@code equals}, {@code hashCode} or {@code
 * toString} is bootstrapped ({@code java.lang.runtime.ObjectMethods} spins about 20 classes at its
 * first call), nothing starts {@code ProcessHandle} (its reaper thread pool), and no class is
 * looked up in vain (picocli looks for Groovy through every jar of the class path unless told not
 * to). Nor is picocli's model read from annotations: the planning commands are built with its
 * builders, so no annotation is parsed and no proxy class is made for one. (JSON output does read
 * annotations: Jackson's, on the records it writes.)
 */
class LeanStartTest {
  @TempDir Path dir;

  private static List<String> named(List<String> log, String... names) {
    return log.stream().filter(l -> List.of(names).stream().anyMatch(l::contains)).toList();
  }

  @Test
  void aBundledPlanBootstrapsNoRecordMethodAndNoProcessHandle() throws Exception {
    List<String> log = MlpathProcess.classesLoaded(dir, "path", "--goal", "backpropagation");
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    assertTrue(out.startsWith("Path to "), out);
    assertTrue(log.stream().anyMatch(l -> l.contains(" io.github.mlpath.cli.Main ")), "no log");
    assertEquals(
        List.of(),
        named(log, " java.lang.runtime.ObjectMethods ", " java.lang.ProcessHandleImpl "));
    // a class looked up and not found (picocli's search for Groovy through every jar)
    assertEquals(List.of(), named(log, "Initializing 'java/lang/ClassNotFoundException'"));
    // the time zone, asked for only to remind of due reviews, which a plan without a profile has
    // not
    assertEquals(List.of(), named(log, "Initializing 'java/util/TimeZone'"));
  }

  @Test
  void aPlanBuildsNoAnnotatedModel() throws Exception {
    for (String[] args :
        List.of(
            new String[] {"path", "--goal", "backpropagation"},
            new String[] {
              "path", "--goal", "backpropagation", "--no-profile", "--format", "markdown"
            },
            new String[] {"need", "backpropagation"},
            new String[] {"next", "--known", "derivatives"},
            new String[] {"why", "backpropagation", "derivatives"},
            new String[] {"order"})) {
      List<String> log = MlpathProcess.classesLoaded(dir, args);
      assertTrue(log.stream().anyMatch(l -> l.contains(" picocli.CommandLine ")), "no log");
      assertEquals(
          List.of(),
          named(
              log,
              "__dynamic_proxy__",
              " sun.reflect.annotation.AnnotationInvocationHandler ",
              " sun.reflect.annotation.AnnotationType "),
          String.join(" ", args));
    }
  }
}
