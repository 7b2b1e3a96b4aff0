package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.cli.request.ExitCodes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file too large for the heap ends with one line saying so and how to give more, exit 1, nothing
 * written (a store keeps its old data): a child JVM with a 48 MB heap and a 70 MB file whose labels
 * alone outgrow it.
 */
class OutOfMemoryTest {
  private static final List<String> SMALL_HEAP = List.of("-Xmx48m", "-XX:+UseSerialGC");

  @TempDir static Path dir;
  static Path big;

  @BeforeAll
  static void writeBigFile() throws IOException {
    big = dir.resolve("big.nt");
    String pad = "x".repeat(1000);
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 60_000; i++) {
        String t = "<https://w3id.org/mlpath/topic/t" + i + ">";
        w.write(
            t
                + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/mlpath/ns#MathTopic> .\n");
        w.write(
            t
                + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"Topic "
                + i
                + " "
                + pad
                + "\"@en .\n");
      }
    }
  }

  private static void saysOutOfMemoryOnOneLine(MlpathProcess.Result r) {
    assertEquals(ExitCodes.INTERNAL, r.exitCode(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("mlpath: out of memory: "), r.err());
    assertTrue(r.err().contains("MLPATH_JAVA_OPTS=-Xmx"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void validateTooLargeForTheHeapIsOneLine() throws Exception {
    saysOutOfMemoryOnOneLine(
        MlpathProcess.run(MlpathProcess.builder(SMALL_HEAP, "validate", big.toString())));
  }

  @Test
  void loadTooLargeForTheHeapLeavesTheStoreAsItWasAndNoDebris(@TempDir Path own) throws Exception {
    Path store = own.resolve("store");
    MlpathProcess.Result first =
        MlpathProcess.run("load", "--store", store.toString(), Run.fixture("gist.ttl"));
    assertEquals(ExitCodes.OK, first.exitCode(), first.err());
    List<String> files = names(store);
    Path tmp = Files.createDirectories(own.resolve("tmp"));
    List<String> jvm = new java.util.ArrayList<>(SMALL_HEAP);
    jvm.add("-Djava.io.tmpdir=" + tmp);

    saysOutOfMemoryOnOneLine(
        MlpathProcess.run(
            MlpathProcess.builder(jvm, "load", "--store", store.toString(), big.toString())));

    assertEquals(files, names(store), "files added to or removed from the store");
    assertEquals(List.of(), names(tmp), "temporary files left behind");
    MlpathProcess.Result old =
        MlpathProcess.run("path", "--goal", "svm", "--store", store.toString());
    assertEquals(ExitCodes.OK, old.exitCode(), old.err());
    assertTrue(old.out().contains("Support vector machine (svm)"), old.out());
    assertEquals("", old.err(), "the store's snapshot still fits its data");
    MlpathProcess.Result added =
        MlpathProcess.run("path", "--goal", "t1", "--store", store.toString());
    assertEquals(ExitCodes.USAGE, added.exitCode(), "a topic of the failed load answers");
  }

  private static List<String> names(Path folder) throws IOException {
    try (var walk = Files.walk(folder)) {
      return walk.filter(p -> !p.equals(folder))
          .map(p -> folder.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void exportTooLargeForTheHeapLeavesNoFile() throws Exception {
    Path out = dir.resolve("out.ttl");
    saysOutOfMemoryOnOneLine(
        MlpathProcess.run(
            MlpathProcess.builder(
                SMALL_HEAP, "export", "--data", big.toString(), "--out", out.toString())));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(big), files.toList(), "something was written");
    }
  }
}
