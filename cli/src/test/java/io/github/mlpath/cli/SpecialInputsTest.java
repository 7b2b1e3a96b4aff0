package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mlpath.cli.request.ExitCodes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that are not files, and files that are not strict, as a user meets them: a child JVM. */
class SpecialInputsTest {
  @TempDir Path dir;

  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    return fifo;
  }

  private static void oneLineNoTrace(MlpathProcess.Result r) {
    assertEquals(1, r.errLines().size(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "path", "load", "import", "known"})
  void aFifoAsInputIsExit3OnOneLineWithoutBlocking(String command) throws Exception {
    Path fifo = fifo("topics.ttl");
    List<String> args =
        switch (command) {
          case "validate" -> List.of("validate", fifo.toString());
          case "path" -> List.of("path", "--goal", "x", "--data", fifo.toString());
          case "known" -> List.of("path", "--goal", "derivatives", "--known", "@" + fifo);
          case "import" ->
              List.of(
                  "import",
                  "pairs",
                  fifo.toString(),
                  "--layout",
                  "generic",
                  "--prerequisite",
                  "1",
                  "--dependent",
                  "2",
                  "--out",
                  dir.resolve("out.ttl").toString());
          default -> List.of("load", "--store", dir.resolve("st").toString(), fifo.toString());
        };
    MlpathProcess.Result r = MlpathProcess.run(args.toArray(String[]::new));
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    assertEquals("mlpath: " + fifo + ": is a named pipe (FIFO), not a file", r.err().strip());
    oneLineNoTrace(r);
  }

  @Test
  void aQueryFileThatIsAFifoIsRefused() throws Exception {
    Path fifo = fifo("q.rq");
    MlpathProcess.Result r = MlpathProcess.run("query", "--file", fifo.toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    oneLineNoTrace(r);
  }

  @Test
  void aDeviceAsDataIsRefused() throws Exception {
    MlpathProcess.Result r = MlpathProcess.run("validate", "/dev/zero");
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    assertEquals("mlpath: /dev/zero: is a character device, not a file", r.err().strip());
  }

  @Test
  void aJsonLdIdWithASpaceIsABadDataErrorWithItsLocationAndNoLogging() throws Exception {
    Path file = dir.resolve("x.jsonld");
    Files.copy(Path.of(Run.fixture("hostile/jsonld-id-space.jsonld")), file);
    MlpathProcess.Result validate = MlpathProcess.run("validate", file.toString());
    assertEquals(ExitCodes.BAD_DATA, validate.exitCode(), validate.err() + validate.out());
    assertTrue(validate.out().contains(file + ":5:"), validate.out());
    assertFalse(validate.err().contains("WARNING"), validate.err());

    MlpathProcess.Result load =
        MlpathProcess.run("load", "--store", dir.resolve("st").toString(), file.toString());
    assertEquals(ExitCodes.BAD_DATA, load.exitCode(), load.err());
    assertTrue(load.err().startsWith("mlpath: " + file + ":5:"), load.err());
    oneLineNoTrace(load);
  }

  @Test
  void controlCharactersInArgumentsAndFileNamesAreShownEscaped() throws Exception {
    Run goal = Run.of("path", "--goal", "back\npropa\u001b[31mgation\u202e");
    assertEquals(ExitCodes.USAGE, goal.exitCode(), goal.err());
    assertEquals(1, goal.err().lines().count(), goal.err());
    assertTrue(goal.err().contains("back\\npropa\\e[31mgation\\u202E"), goal.err());

    Path file = dir.resolve("evil\nname\u001b[2J.ttl");
    MlpathProcess.Result r = MlpathProcess.run("validate", file.toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertFalse(r.err().contains("\u001b"), r.err());
    assertTrue(r.err().contains("evil\\nname\\e[2J.ttl"), r.err());
  }

  @Test
  void aControlCharacterInTheDataIsShownEscapedInValidatesReport() throws Exception {
    Path file = dir.resolve("bell.jsonld");
    Files.writeString(
        file,
        "{\"@id\": \"https://w3id.org/mlpath/topic/al\\u0007pha\","
            + " \"@type\": \"https://w3id.org/mlpath/ns#MathTopic\"}");
    Run r = Run.of("validate", file.toString());
    assertEquals(ExitCodes.BAD_DATA, r.exitCode(), r.out());
    assertFalse(r.out().contains("\u0007"), r.out());
    assertTrue(r.out().contains("al\\u0007pha"), r.out());
  }

  @Test
  void onATerminalEscapeSequencesInTheDataAreShownEscaped() throws Exception {
    assumeTrue(new File("/usr/bin/script").canExecute(), "script (util-linux) gives the terminal");
    Path data = dir.resolve("evil.ttl");
    Files.writeString(
        data,
        "@prefix mlp: <https://w3id.org/mlpath/ns#> .\n"
            + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            + "<https://w3id.org/mlpath/topic/evil> a mlp:MathTopic ;"
            + " skos:prefLabel \"Evil\\u001B[2Jlabel\\u202E\" .\n");
    String command =
        MlpathProcess.builder("path", "--goal", "evil", "--data", data.toString())
            .command()
            .stream()
            .map(a -> "'" + a.replace("'", "'\\''") + "'")
            .collect(Collectors.joining(" "));
    MlpathProcess.Result r =
        MlpathProcess.run(new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null"));
    assertEquals(ExitCodes.OK, r.exitCode(), r.out());
    assertTrue(r.out().contains("Path to Evil\\e[2Jlabel\\u202E"), r.out());
    assertFalse(r.out().contains("\u001b"), r.out());
  }
}
