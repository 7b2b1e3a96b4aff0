package io.github.mlpath.graph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.graph.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLocatorTest {
  @TempDir Path dir;

  static final String NS = "https://w3id.org/mlpath/topic/";

  @Test
  void findsTheLineWhereAnIriIsTheSubjectBeforeLinesThatOnlyMentionIt() throws IOException {
    Path first = dir.resolve("a.ttl");
    Files.writeString(
        first,
        "@prefix topic: <"
            + NS
            + "> .\n"
            + "topic:x <urn:p> topic:chain-rule .\n"
            + "\n"
            + "  topic:chain-rule <urn:p> \"a\" .\n");
    Path second = dir.resolve("b.nt");
    Files.writeString(second, "<" + NS + "derivatives> <urn:p> <urn:o> .\n");
    SourceLocator locator =
        new SourceLocator(
            List.of(DataSource.file(first, Lang.TURTLE), DataSource.file(second, Lang.NTRIPLES)),
            List.of(Map.of("topic", NS), Map.of()));
    assertEquals(
        Optional.of(new SourceLocation(first.toString(), 4, 0)), locator.locate(NS + "chain-rule"));
    assertEquals(
        Optional.of(new SourceLocation(second.toString(), 1, 0)),
        locator.locate(NS + "derivatives"));
    assertEquals(
        Optional.of(new SourceLocation(first.toString(), 2, 0)),
        locator.locate("urn:p"),
        "an IRI that starts no line is found where it is first mentioned");
    assertEquals(Optional.empty(), locator.locate(NS + "nowhere"));
  }

  @Test
  void leadingTokenIsTheIriStringOrPrefixedNameThatStartsTheLine() {
    assertEquals("<urn:a>", SourceLocator.leadingToken("<urn:a> <urn:b> <urn:c> ."));
    assertEquals(
        "topic:chain-rule", SourceLocator.leadingToken("topic:chain-rule a mlp:MathTopic ;"));
    assertEquals("topic:a", SourceLocator.leadingToken("topic:a."));
    assertEquals("", SourceLocator.leadingToken("# a comment"));
  }
}
