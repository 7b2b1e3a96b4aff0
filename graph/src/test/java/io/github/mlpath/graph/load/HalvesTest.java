package io.github.mlpath.graph.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HalvesTest {
  @TempDir Path dir;

  @Test
  void theCutStartsASubjectLineAfterATripleAndTheHalvesAreTheWholeFile() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("<urn:s").append(i).append("> <urn:p> \"a\\nb .\" .\r\n");
      text.append("  <urn:p> <urn:o> \n"); // no dot: a cut must not follow this line
      text.append("# comment .\n"); // the next line is a comment: no cut before it either
    }
    Path file = write("a.nt", text.toString());
    Halves halves = Halves.of(DataSource.file(file, Lang.NTRIPLES), Files.size(file)).orElseThrow();
    byte[] first = bytes(halves.first());
    byte[] second = bytes(halves.second());
    assertTrue(first.length >= Files.size(file) / 2, "cut at or after the middle");
    assertTrue(new String(first, StandardCharsets.UTF_8).endsWith("<urn:o> \n# comment .\n"));
    assertEquals('<', second[0]);
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.write(first);
    both.write(second);
    assertArrayEquals(Files.readAllBytes(file), both.toByteArray());
  }

  @Test
  void onlyNTriplesWithALineBetweenTriplesNearItsMiddleIsCut() throws IOException {
    Path nt = write("one-line.nt", "<urn:s> <urn:p> <urn:o> .\n".repeat(1));
    assertEquals(Optional.empty(), Halves.of(DataSource.file(nt, Lang.NTRIPLES), Files.size(nt)));
    Path ttl = write("a.ttl", "<urn:s> <urn:p> <urn:o> .\n".repeat(100));
    assertEquals(Optional.empty(), Halves.of(DataSource.file(ttl, Lang.TURTLE), Files.size(ttl)));
    Path none = write("no-dots.nt", "<urn:s> <urn:p>\n".repeat(100));
    assertEquals(
        Optional.empty(), Halves.of(DataSource.file(none, Lang.NTRIPLES), Files.size(none)));
  }

  private static byte[] bytes(DataSource source) throws IOException {
    try (InputStream in = source.opener().open()) {
      return in.readAllBytes();
    }
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
