package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.cli.request.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A relative IRI with no base in the file is an error at its place, the same one for validate and
 * for planning, in every syntax that can write one: the file's own location never names a topic. A
 * child JVM, as a user runs mlpath.
 */
class RelativeIriTest {
  @TempDir Path dir;

  private Path copy(String fixture) throws Exception {
    Path file = dir.resolve(fixture);
    Files.copy(Path.of(Run.fixture("relative/" + fixture)), file);
    return file;
  }

  @ParameterizedTest
  @CsvSource({
    "relative.ttl, 6:70",
    "relative.trig, 6:72",
    "relative.nt, 3:76",
    "relative.rdf, 7:41",
    "relative.jsonld, 5:98"
  })
  void validateAndPathGiveTheSameErrorAtTheRelativeIri(String fixture, String lineCol)
      throws Exception {
    Path file = copy(fixture);
    MlpathProcess.Result validate = MlpathProcess.run("validate", file.toString());
    MlpathProcess.Result path =
        MlpathProcess.run("path", "--goal", "beta", "--data", file.toString());

    assertEquals(ExitCodes.BAD_DATA, validate.exitCode(), validate.out() + validate.err());
    assertEquals(ExitCodes.BAD_DATA, path.exitCode(), path.out() + path.err());
    String where = file + ":" + lineCol + ": ";
    String reported =
        validate.out().lines().filter(l -> l.startsWith(where)).findFirst().orElseThrow();
    String message = reported.substring((where + "error: ").length()).replace(" [syntax]", "");
    assertTrue(message.contains("alpha"), message);
    assertEquals("mlpath: " + where + message, path.err().strip());
    assertFalse(path.out().contains("Alpha"), path.out());
  }

  @Test
  void loadAndExportRefuseTheSameFile() throws Exception {
    Path file = copy("relative.ttl");
    String expected = "mlpath: " + file + ":6:70: relative IRI <alpha> with no base";
    Path store = dir.resolve("store");
    MlpathProcess.Result load =
        MlpathProcess.run("load", "--store", store.toString(), file.toString());
    assertEquals(ExitCodes.BAD_DATA, load.exitCode(), load.err());
    assertTrue(load.err().startsWith(expected), load.err());

    Run export = Run.of("export", "--data", file.toString(), "--format", "mermaid");
    assertEquals(ExitCodes.BAD_DATA, export.exitCode(), export.err());
    assertTrue(export.err().startsWith(expected), export.err());
    assertEquals("", export.out());
  }

  @Test
  void relativeIrisUnderTheFilesOwnBaseArePlanned() throws Exception {
    Path file = copy("based.ttl");
    Run validate = Run.of("validate", file.toString());
    assertEquals(ExitCodes.OK, validate.exitCode(), validate.out());
    Run path = Run.of("path", "--goal", "beta", "--data", file.toString());
    assertEquals(ExitCodes.OK, path.exitCode(), path.err());
    assertTrue(path.out().contains("1. Alpha (alpha)"), path.out());
  }
}
