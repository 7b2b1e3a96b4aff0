package io.github.mlpath.graph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.vocab.MLP;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON-LD node names are as strict as Turtle's, with the line and column of the bad value. */
class JsonLdIdsTest {
  private static LoadException refused(String fixture) {
    Path file = Fixtures.path(fixture);
    return assertThrows(LoadException.class, () -> RdfLoader.load(RdfLoader.files(List.of(file))));
  }

  @ParameterizedTest
  @CsvSource({
    "load/jsonld-id-space.jsonld, 5, '\"https://w3id.org/mlpath/topic/al pha\" is not a valid IRI:"
        + " a single whitespace character in its path'",
    "load/jsonld-id-control.jsonld, 3, 'is not a valid IRI'",
    "load/jsonld-id-compact-space.jsonld, 7, '\"topic:al pha\" is not a valid IRI'",
    "load/jsonld-id-relative.jsonld, 3, '\"@id\": \"not-an-iri\" is not an IRI'",
  })
  void anIdThatIsNotAValidIriIsAnErrorAtItsLine(String fixture, long line, String message) {
    LoadException e = refused(fixture);
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.column() > 0, e.getMessage());
    assertTrue(e.detail().contains(message), e.getMessage());
    assertFalse(e.detail().contains("Code:"), e.getMessage());
  }

  @Test
  void aRelativeIdNeverBecomesTheFilesOwnIri() {
    LoadException e = refused("load/jsonld-id-relative.jsonld");
    assertTrue(e.detail().contains("would name a path on this machine"), e.detail());
  }

  @Test
  void aRelativeIdIsFineAgainstAnHttpBase() {
    LoadedGraph g = Fixtures.load("load/jsonld-with-base.jsonld");
    assertTrue(g.model().containsResource(ResourceFactory.createResource(MLP.TOPIC_NS + "alpha")));
  }

  @Test
  void aDocumentThatIsANumberIsRefusedInPlainWords() {
    LoadException e = refused("load/jsonld-number.jsonld");
    assertEquals("a JSON-LD document is a JSON object or array, not a number", e.detail());
  }

  @Test
  void aByteOrderMarkIsAcceptedAsInTurtle(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    Path file = dir.resolve("bom.jsonld");
    byte[] json = java.nio.file.Files.readAllBytes(Fixtures.path("load/topics.jsonld"));
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(json, 0, withBom, 3, json.length);
    java.nio.file.Files.write(file, withBom);
    LoadedGraph plain =
        RdfLoader.load(RdfLoader.files(List.of(Fixtures.path("load/topics.jsonld"))));
    LoadedGraph read = RdfLoader.load(RdfLoader.files(List.of(file)));
    assertFalse(plain.model().isEmpty());
    assertTrue(
        read.model().isIsomorphicWith(plain.model()), "the same triples as without the mark");
  }
}
