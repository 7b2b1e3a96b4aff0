package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpath.cli.request.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final String DIR = "src/test/resources/imports/";

  private static Run importPairs(Path out, String... more) {
    String[] base = {
      "import",
      "pairs",
      DIR + "pairs.csv",
      "--layout",
      "lecturebank",
      "--topics",
      DIR + "topics.csv",
      "--out",
      out.toString()
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Run.of(args);
  }

  @Test
  void lenientReportMatchesTheGoldenReportAndTheFileValidates(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("OUT.ttl");
    Run run = importPairs(out, "--lenient");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    String expected = Files.readString(Path.of(DIR + "lenient-report.txt"));
    assertEquals(expected, run.out().replace(out.toString(), "OUT.ttl"));
    Run validate = Run.of("validate", out.toString());
    assertEquals(ExitCodes.OK, validate.exitCode(), validate.out());
  }

  @Test
  void strictImportWritesTheFileAnywayAndExits4NamingItsLines(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("strict.ttl");
    Run run = importPairs(out);
    assertEquals(ExitCodes.BAD_DATA, run.exitCode());
    assertTrue(Files.exists(out));
    assertTrue(run.out().contains("validate " + out + ": invalid, 2 errors"), run.out());
    assertTrue(run.out().contains(out + ":"), run.out());
    assertTrue(run.out().contains("run again with --lenient"), run.out());
    Run validate = Run.of("validate", out.toString());
    assertEquals(ExitCodes.BAD_DATA, validate.exitCode());
    Run clear = Run.of("path", "--data", out.toString(), "--goal", "derivatives");
    assertEquals(ExitCodes.OK, clear.exitCode(), clear.err());
    assertTrue(clear.err().contains("mlpath: 2 problems outside"), clear.err());
    Run onTheWay = Run.of("path", "--data", out.toString(), "--goal", "backpropagation");
    assertEquals(ExitCodes.BAD_DATA, onTheWay.exitCode());
    assertTrue(onTheWay.err().startsWith("mlpath: " + out + ":"), onTheWay.err());
  }

  @Test
  void jsonReportListsEveryFindingForMachines(@TempDir Path dir) throws Exception {
    Run run = importPairs(dir.resolve("x.ttl"), "--lenient", "--format", "json");
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("lecturebank", root.get("format").asText());
    assertEquals(4, root.get("read").get("edges").asInt());
    assertEquals(1, root.get("read").get("negativePairs").asInt());
    assertEquals("dangling", root.get("dangling").get(0).get("rule").asText());
    assertEquals(5, root.get("dangling").get(0).get("at").get("line").asInt());
    assertEquals("backpropagation", root.get("cycles").get(0).get("topics").get(0).asText());
    assertEquals(2, root.get("dropped").size());
    assertEquals(0, root.get("validation").size());
  }

  @Test
  void aLayoutsMissingFileIsABadUsageWithTheFix(@TempDir Path dir) {
    Run run =
        Run.of(
            "import",
            "pairs",
            DIR + "pairs.csv",
            "--layout",
            "lecturebank",
            "--out",
            dir.resolve("x.ttl").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("--layout lecturebank needs --topics FILE"), run.err());
    assertFalse(Files.exists(dir.resolve("x.ttl")));
  }

  @Test
  void aMissingDatasetExits3(@TempDir Path dir) {
    Run run =
        Run.of("import", "metacademy", "no-such-folder", "--out", dir.resolve("x.ttl").toString());
    assertEquals(ExitCodes.UNREADABLE, run.exitCode());
    assertEquals("mlpath: no-such-folder: no such folder", run.err().strip());
  }

  @Test
  void importWithoutAFormatSaysWhichThereAre() {
    Run run = Run.of("import");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("missing format: metacademy or pairs"), run.err());
  }

  @Test
  void planningFollowsGistEdgesUnlessTheyAreSkipped() {
    String file = Run.fixture("gist.ttl");
    Run full = Run.of("path", "--goal", "svm", "--data", file);
    assertEquals(ExitCodes.OK, full.exitCode(), full.err());
    assertTrue(full.out().contains("3 steps, 3.5 h"), full.out());
    assertTrue(full.out().contains("Lagrange multipliers"), full.out());
    Run skipped = Run.of("path", "--goal", "svm", "--data", file, "--skip-gist-edges");
    assertTrue(skipped.out().contains("2 steps, 3.0 h"), skipped.out());
    assertFalse(skipped.out().contains("Lagrange multipliers"), skipped.out());
  }
}
