package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpath.cli.request.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * compare-a.ttl and compare-b.ttl are core's ComparisonTest curricula, worked out there by hand.
 */
class CompareCommandTest {
  private static final String A = "src/test/resources/compare-a.ttl";
  private static final String B = "src/test/resources/compare-b.ttl";

  @Test
  void textReportMatchesTheGoldenReport() throws Exception {
    Run run = Run.of("compare", A, B);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(Files.readString(Path.of("src/test/resources/compare-report.txt")), run.out());
  }

  @Test
  void jsonHasTheFiguresOfBothDirections() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Run.of("compare", A, B, "--format", "json").out());
    JsonNode ab = root.get("aAgainstB");
    assertEquals(List.of(6, 5, 3, 1, 1, 1), figures(ab));
    assertEquals(List.of(5, 4, 1, 1, 1, 2), figures(root.get("bAgainstA")));
    assertEquals(6, root.get("alignment").size());
    assertEquals("article", root.get("alignment").get(1).get("by").asText());
  }

  @Test
  void csvHasOneRowPerJudgedPair() {
    List<String> rows = Run.of("compare", A, B, "--format", "csv").out().lines().toList();
    assertEquals(
        "from,topic,required,against,other_topic,other_required,verdict,direct", rows.get(0));
    assertEquals(1 + 6 + 5, rows.size());
    assertTrue(rows.contains(A + ",gdesc,linear-regression," + B + ",gd,linreg,reversed,false"));
    assertTrue(rows.contains(A + ",only-a,vectors," + B + ",,vector,unaligned,false"));
  }

  @Test
  void aMappingAlignsTopicsThatShareNoNameOrArticle() {
    Run run = Run.of("compare", A, B, "--mapping", "src/test/resources/compare-mapping.csv");
    assertTrue(
        run.out().contains("only-a (Only in A) = only-b (Only in B)  [mapping: only-a = only-b]"),
        run.out());
    assertTrue(
        run.out().contains("A's pairs against B: 6 pairs, 6 between aligned topics"), run.out());
  }

  @Test
  void theBundledCurriculumAgreesWithItselfCompletely() {
    Run run = Run.of("compare", "bundled", "bundled");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("reversed     0"), run.out());
    assertTrue(run.out().contains("missing      0"), run.out());
    assertTrue(run.out().contains("agrees     ") && run.out().contains("100.0%"), run.out());
  }

  @Test
  void aMappingThatNamesAnUnknownTopicIsRefusedAtItsLine(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path map = dir.resolve("map.csv");
    Files.writeString(map, "vectors,vector\nnope,dot\n");
    Run run = Run.of("compare", A, B, "--mapping", map.toString());
    assertEquals(ExitCodes.BAD_DATA, run.exitCode());
    assertEquals("mlpath: " + map + ":2: no topic 'nope' in " + A, run.err().strip());
  }

  private static List<Integer> figures(JsonNode d) {
    return List.of(
        d.get("pairs").asInt(),
        d.get("aligned").asInt(),
        d.get("agrees").asInt(),
        d.get("agreesDirectly").asInt(),
        d.get("reversed").asInt(),
        d.get("missing").asInt());
  }
}
