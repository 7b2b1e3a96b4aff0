package io.github.mlpath.graph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.vocab.MLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RdfLoaderTest {
  @TempDir Path dir;

  private static boolean hasTopic(LoadedGraph g, String id) {
    return g.model().containsResource(ResourceFactory.createResource(MLP.TOPIC_NS + id));
  }

  @Test
  void mergesNTriplesTrigJsonLdAndRdfXml() {
    LoadedGraph g =
        Fixtures.load(
            "load/topics.nt", "load/topics.trig", "load/topics.jsonld", "load/topics.rdf");
    for (String id : List.of("derivatives", "chain-rule", "gradient", "jacobian")) {
      assertTrue(hasTopic(g, id), id);
    }
  }

  @Test
  void syntaxErrorNamesFileLineAndColumn() {
    Path file = Fixtures.path("load/unterminated-string.ttl");
    LoadException e =
        assertThrows(LoadException.class, () -> RdfLoader.load(RdfLoader.files(List.of(file))));
    assertEquals(12, e.line());
    assertTrue(e.getMessage().startsWith(file + ":12:1: "), e.getMessage());
  }

  @Test
  void aBadFileLeavesNothingLoaded() {
    RdfLoader.Attempt attempt =
        RdfLoader.tryLoad(
            RdfLoader.files(
                List.of(
                    Fixtures.path("load/topics.nt"),
                    Fixtures.path("load/unterminated-string.ttl"))));
    assertTrue(attempt.graph().isEmpty());
    assertEquals(1, attempt.errors().size());
  }

  @Test
  void invalidUtf8IsAnErrorNotAReplacementCharacter() throws IOException {
    Path file = dir.resolve("latin1.ttl");
    byte[] prefix = "<urn:a> <urn:b> \"caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[prefix.length + 4];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    bytes[prefix.length] = (byte) 0xE9; // 'é' in Latin-1, not UTF-8
    bytes[prefix.length + 1] = '"';
    bytes[prefix.length + 2] = ' ';
    bytes[prefix.length + 3] = '.';
    Files.write(file, bytes);
    LoadException e =
        assertThrows(LoadException.class, () -> RdfLoader.load(RdfLoader.files(List.of(file))));
    assertEquals(1, e.line());
    assertEquals(prefix.length + 1, e.column());
    assertTrue(e.detail().contains("invalid UTF-8"), e.detail());
  }

  @Test
  void nestingAHundredThousandBracketsDeepIsAnErrorNotAStackOverflow() throws IOException {
    Path file = dir.resolve("deep.ttl");
    String deep = "<urn:a> <urn:b> " + "[ <urn:c> ".repeat(100_000) + "]".repeat(100_000) + " .";
    Files.writeString(file, deep);
    LoadException e =
        assertThrows(LoadException.class, () -> RdfLoader.load(RdfLoader.files(List.of(file))));
    assertTrue(e.detail().contains("nested more than"), e.detail());
    assertEquals(1, e.line());
  }

  @Test
  void deeplyNestedJsonLdIsAnErrorNotAStackOverflow() throws IOException {
    Path file = dir.resolve("deep.jsonld");
    Files.writeString(file, "[".repeat(100_000) + "]".repeat(100_000));
    assertThrows(LoadException.class, () -> RdfLoader.load(RdfLoader.files(List.of(file))));
  }

  @Test
  void jsonLdContextsAreNeverFetched() {
    for (String name :
        List.of(
            "load/remote-context.jsonld",
            "load/file-context.jsonld",
            "load/nested-context.jsonld")) {
      LoadException e =
          assertThrows(
              LoadException.class,
              () -> RdfLoader.load(RdfLoader.files(List.of(Fixtures.path(name)))));
      assertTrue(e.detail().contains("never fetches"), e.detail());
    }
  }

  @Test
  void rdfXmlNeverExpandsExternalEntities() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    Path file = dir.resolve("xxe.rdf");
    Files.writeString(
        file,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\"> ]>\n"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns:ex=\"https://example.org/\">\n"
            + "  <rdf:Description rdf:about=\"https://example.org/a\"><ex:p>&x;</ex:p></rdf:Description>\n"
            + "</rdf:RDF>\n");
    try {
      LoadedGraph g = RdfLoader.load(RdfLoader.files(List.of(file)));
      var out = new java.io.StringWriter();
      g.model().write(out, "N-TRIPLES");
      assertFalse(out.toString().contains("TOP-SECRET"), out.toString());
    } catch (LoadException expected) {
      assertFalse(expected.getMessage().contains("TOP-SECRET"));
    }
  }

  /** Cases Jena's default, non-strict settings accept but the Turtle grammar does not. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<urn:mlpath:s> <urn:mlpath:p> <urn:mlpath:o>",
        "<urn:mlpath:s> <urn:mlpath:p> <urn:mlpath:o> ;",
        "<urn:mlpath:a\\u0020b> <urn:mlpath:p> <urn:mlpath:o> .",
        "<urn:mlpath:s> <urn:mlpath:p> <urn:mlpath:\\u003E> ."
      })
  void turtleThatLaxParsersAcceptIsRejected(String turtle) throws IOException {
    Path file = dir.resolve("lax.ttl");
    Files.writeString(file, turtle);
    LoadException e =
        assertThrows(LoadException.class, () -> RdfLoader.load(RdfLoader.files(List.of(file))));
    assertEquals(1, e.line(), e.getMessage());
  }

  @Test
  void missingFileIsUnreadableNotBadData() {
    Path missing = dir.resolve("nope.ttl");
    SourceUnreadableException e =
        assertThrows(SourceUnreadableException.class, () -> RdfLoader.files(List.of(missing)));
    assertTrue(e.getMessage().contains("nope.ttl"));
  }

  @Test
  void folderIsReadRecursivelyForRdfFilesOnly() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.copy(Fixtures.path("load/topics.nt"), dir.resolve("sub/a.nt"));
    Files.writeString(dir.resolve("notes.txt"), "not RDF");
    List<DataSource> sources = RdfLoader.files(List.of(dir));
    assertEquals(1, sources.size());
    assertTrue(hasTopic(RdfLoader.load(sources), "derivatives"));
  }

  @Test
  void bundledCurriculumLoadsFromTheClasspath() {
    LoadedGraph g = RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled()));
    assertTrue(hasTopic(g, "activation-functions"));
    assertTrue(hasTopic(g, "derivatives"));
  }
}
