package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.cli.request.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheFileAtomicallyAndItLoadsBack() throws Exception {
    Path file = dir.resolve("backprop.ttl");
    Run r =
        Run.of(
            "export",
            "--closure",
            "backpropagation",
            "--format",
            "turtle",
            "--out",
            file.toString());
    assertEquals(0, r.exitCode(), r.err());
    try (var listing = Files.list(dir)) {
      assertEquals(1, listing.count(), "no temporary file is left behind");
    }
    Run order = Run.of("order", "--data", file.toString());
    assertEquals(0, order.exitCode(), order.err());
    assertTrue(order.out().contains("Backpropagation (backpropagation)"));
    assertFalse(order.out().contains("(transformers)"), "only the closure");
  }

  @Test
  void aPathIsExportedWithItsStepsNumbered() {
    Run r =
        Run.of(
            "export",
            "--path-to",
            "activation-functions",
            "--known",
            "python-basics",
            "--strategy",
            "math-first",
            "--format",
            "dot");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("label=\"1. "), r.out());
    assertFalse(r.out().contains("\"python-basics\""), "known topics are not steps");
  }

  @Test
  void anAreaCanBeNamedByIdOrLabel() {
    Run byId = Run.of("export", "--area", "calculus", "--format", "graphml");
    Run byLabel = Run.of("export", "--area", "Linear Algebra", "--format", "mermaid");
    assertEquals(0, byId.exitCode(), byId.err());
    assertEquals(0, byLabel.exitCode(), byLabel.err());
    assertTrue(byId.out().contains("<data key=\"label\">Derivatives</data>"));
    assertFalse(byId.out().contains("<data key=\"label\">Vectors</data>"), "only calculus");
    assertTrue(byLabel.out().contains("[\"Vectors\"]"), byLabel.out());
    assertFalse(byLabel.out().contains("[\"Derivatives\"]"), "only linear algebra");
  }

  @Test
  void anUnknownAreaIsBadUsageWithSuggestions() {
    Run r = Run.of("export", "--area", "calculs");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(r.err().contains("did you mean calculus?"), r.err());
  }

  @Test
  void onlyOneSelectionAtATime() {
    Run r = Run.of("export", "--area", "calculus", "--closure", "derivatives");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(r.err().contains("at most one of --area, --closure and --path-to"), r.err());
  }

  @Test
  void pathOptionsNeedAPath() {
    Run r = Run.of("export", "--known", "python-basics");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(r.err().contains("use them with --path-to"), r.err());
  }

  @Test
  void anUnknownFormatListsTheFormats() {
    Run r = Run.of("export", "--format", "gexf");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(r.err().contains("turtle, ntriples, jsonld, rdfxml, dot, graphml"), r.err());
  }

  @Test
  void anUnknownTopicSuggestsTheClosestId() {
    Run r = Run.of("export", "--closure", "backpropagaton", "--format", "dot");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(r.err().contains("backpropagation"), r.err());
  }
}
