package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void generatedCurriculumLoadsValidatesAndPlansLikeAnyOther() throws Exception {
    Path file = dir.resolve("synthetic.nt");
    assertEquals(
        0,
        Run.of("generate", "--topics", "500", "--seed", "3", "--out", file.toString()).exitCode());
    assertTrue(Files.size(file) > 0);
    assertEquals(
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"),
        Files.getPosixFilePermissions(file),
        "a new file is readable by others, like one the shell would create");
    try (var listing = Files.list(dir)) {
      assertEquals(1, listing.count(), "no temporary file is left behind");
    }
    Run order = Run.of("order", "--data", file.toString());
    assertEquals(0, order.exitCode(), order.err());
    assertEquals(500, order.out().lines().count());
  }

  @Test
  void sameSeedGivesTheSameFile() {
    assertEquals(
        Run.of("generate", "--topics", "50", "--seed", "9").out(),
        Run.of("generate", "--topics", "50", "--seed", "9").out());
  }
}
