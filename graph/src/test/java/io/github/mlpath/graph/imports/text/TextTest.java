package io.github.mlpath.graph.imports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mlpath.graph.imports.ImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextTest {
  @Test
  void slugsFollowTheCurriculumsIdRule() {
    assertEquals("bayes-theorem", Slugs.of("Bayes' theorem"));
    assertEquals("k-means", Slugs.of("k_means"));
    assertEquals("k-means", Slugs.of("k-means++"));
    assertEquals("godel-s-incompleteness", Slugs.of("Gödel‐s incompleteness"));
    assertEquals("topic", Slugs.of("+++"));
  }

  @Test
  void quotedFieldsMayHoldTheDelimiterAndQuotes() {
    assertEquals(
        List.of("1", "a, b", "say \"hi\"", ""),
        Delimited.split("1,\"a, b\",\"say \"\"hi\"\"\",", ','));
    assertEquals(List.of("x y", "z"), Delimited.split(" x y \t z", '\t'));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'o', 'k', '\n', 'b', (byte) 0xff, '\n'});
    ImportException e = assertThrows(ImportException.class, () -> TextFile.read(f, "bad.txt"));
    assertEquals("bad.txt:2: not UTF-8 text", e.getMessage());
  }

  @Test
  void blockFilesSkipCommentsAndKeepStrayLinesAside(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("deps.txt");
    Files.writeString(f, "# comment\ntag: a\nreason: because\n\ntag:b\nnot a field\n");
    BlockFile.Parsed p = BlockFile.parse(TextFile.read(f, "deps.txt"));
    assertEquals(2, p.blocks().size());
    assertEquals("because", p.blocks().get(0).first("reason").orElseThrow());
    assertEquals("b", p.blocks().get(1).first("tag").orElseThrow());
    assertEquals(6, p.strayLines().get(0).line());
  }
}
