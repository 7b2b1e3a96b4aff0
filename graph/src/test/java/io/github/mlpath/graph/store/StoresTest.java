package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.SourceSpec;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.load.RdfLoader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTest {
  @TempDir Path tmp;

  /** One spec of each kind; a new kind of SourceSpec must get one here, and a way to be opened. */
  private Map<Class<?>, SourceSpec> oneOfEach() throws Exception {
    Path file = tmp.resolve("one.ttl");
    Files.writeString(
        file,
        "@prefix mlp: <https://w3id.org/mlpath/ns#> . @prefix skos:"
            + " <http://www.w3.org/2004/02/skos/core#> .\n"
            + "<https://w3id.org/mlpath/topic/one> a mlp:MathTopic ; skos:prefLabel \"One\" .\n");
    Path dir = tmp.resolve("store");
    StoreLoader.load(dir, RdfLoader.sources(List.of(file), false));
    return Map.of(
        SourceSpec.Files.class, new SourceSpec.Files(List.of(file), false),
        SourceSpec.Tdb2.class, new SourceSpec.Tdb2(dir),
        SourceSpec.Endpoint.class, new SourceSpec.Endpoint(URI.create("http://127.0.0.1:9/ds")));
  }

  @Test
  void opensEveryKindOfSourceSpecAsTheStoreItNames() throws Exception {
    Map<Class<?>, SourceSpec> specs = oneOfEach();
    Set<Class<?>> kinds =
        Arrays.stream(SourceSpec.class.getPermittedSubclasses()).collect(Collectors.toSet());
    assertEquals(kinds, specs.keySet(), "every kind of SourceSpec needs a case here and in Stores");
    try (Store files = Stores.open(specs.get(SourceSpec.Files.class))) {
      assertEquals("memory", files.description());
      assertEquals("One", files.whole().topic("one").orElseThrow().label());
    }
    try (Store tdb2 = Stores.open(specs.get(SourceSpec.Tdb2.class))) {
      assertEquals("TDB2 store " + tmp.resolve("store"), tdb2.description());
      assertEquals("One", tdb2.whole().topic("one").orElseThrow().label());
    }
    try (Store endpoint = Stores.open(specs.get(SourceSpec.Endpoint.class))) {
      assertEquals("endpoint http://127.0.0.1:9/ds", endpoint.description());
    }
  }

  @Test
  void filesWithoutBundledLoadOnlyTheFilesAndTheVocabulary() throws Exception {
    try (Store files = Stores.open(oneOfEach().get(SourceSpec.Files.class))) {
      assertEquals(1, files.whole().size());
    }
    try (Store bundled = Stores.open(SourceSpec.bundled())) {
      assertTrue(bundled.whole().size() > 100);
      assertFalse(bundled.whole().topic("one").isPresent());
    }
  }

  @Test
  void aMissingStoreIsRefusedNotCreated() {
    Path dir = tmp.resolve("none");
    assertThrows(StoreException.class, () -> Stores.open(new SourceSpec.Tdb2(dir)));
    assertFalse(Files.exists(dir));
  }
}
