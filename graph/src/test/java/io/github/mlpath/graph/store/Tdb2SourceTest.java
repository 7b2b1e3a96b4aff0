package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.StoreInUseException;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.StoreSnapshots;
import io.github.mlpath.graph.vocab.MLP;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract against a TDB2 store in a temporary folder, and what only a disk store does. */
class Tdb2SourceTest extends CurriculumSourceContract {
  @TempDir static Path tmp;

  @Override
  Store open() {
    Path dir = tmp.resolve("contract");
    StoreLoader.load(dir, RdfLoader.withVocabulary(RdfLoader.bundled()));
    return Stores.tdb2(dir);
  }

  /** A store made by {@code load} keeps a snapshot of its data, which planning reads whole. */
  @Override
  boolean fetchesSubgraphs() {
    return false;
  }

  @Test
  void planningReadsTheStoresSnapshotEvenWhileAnotherProcessHoldsTheStore() throws Exception {
    Path dir = tmp.resolve("held");
    StoreLoader.load(dir, RdfLoader.withVocabulary(RdfLoader.bundled()));
    assertTrue(Files.isRegularFile(dir.resolve(StoreSnapshots.FILE)));
    Process holder = child(HoldStore.class, dir.toString(), "hold");
    try {
      awaitLine(holder, "open");
      try (Store s = Stores.tdb2(dir)) {
        assertTrue(s.closureOf(List.of("backpropagation")).topic("chain-rule").isPresent());
        assertEquals(List.of(), s.notices());
      }
    } finally {
      holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aWriteByAnotherProgramMakesTheStoreRebuildItsSnapshotOnce() {
    Path dir = tmp.resolve("changed");
    StoreLoader.load(dir, RdfLoader.withVocabulary(RdfLoader.bundled()));
    var ds = Tdb2Stores.connect(dir, false);
    Txn.executeWrite(
        ds,
        () -> {
          var m = ds.getDefaultModel();
          var t = m.createResource(MLP.TOPIC_NS + "extra-topic");
          t.addProperty(RDF.type, MLP.MathTopic);
          t.addProperty(SKOS.prefLabel, m.createLiteral("Extra topic", "en"));
          t.addProperty(MLP.requires, m.createResource(MLP.TOPIC_NS + "derivatives"));
        });
    Tdb2Stores.release(ds.asDatasetGraph());
    try (Store s = Stores.tdb2(dir)) {
      assertTrue(s.closureOf(List.of("extra topic")).topic("derivatives").isPresent());
      assertEquals(
          List.of(
              "the store's snapshot is of other data or of another build of mlpath; rebuilding it"),
          s.notices());
    }
    try (Store s = Stores.tdb2(dir)) {
      assertTrue(s.closureOf(List.of("extra topic")).topic("extra-topic").isPresent());
      assertEquals(List.of(), s.notices());
    }
  }

  @Test
  void missingStoreIsNotCreatedByAReader() {
    Path dir = tmp.resolve("missing");
    var e = assertThrows(StoreException.class, () -> Stores.tdb2(dir));
    assertTrue(e.getMessage().contains("no TDB2 store in " + dir), e.getMessage());
    assertTrue(Files.notExists(dir));
  }

  @Test
  void loadWithABadFileWritesNothing() throws Exception {
    Path dir = tmp.resolve("bad-load");
    StoreLoader.load(dir, List.of(RdfLoader.vocabulary()));
    long before = size(dir);
    Path bad = tmp.resolve("bad.ttl");
    Files.writeString(bad, "@prefix ex: <http://example.org/> .\nex:a ex:b \"unterminated .\n");
    assertThrows(
        LoadException.class,
        () ->
            StoreLoader.load(
                dir, List.of(RdfLoader.vocabulary(), RdfLoader.files(List.of(bad)).get(0))));
    assertEquals(before, size(dir));
  }

  @Test
  void secondProcessIsToldWhichProcessHoldsTheStore() throws Exception {
    Path dir = tmp.resolve("locked");
    StoreLoader.load(dir, List.of(RdfLoader.vocabulary()));
    Process holder = child(HoldStore.class, dir.toString(), "hold");
    try {
      awaitLine(holder, "open");
      var e = assertThrows(StoreInUseException.class, () -> Tdb2Stores.connect(dir, false));
      assertEquals(holder.pid(), e.pid().orElseThrow());
      assertTrue(e.getMessage().contains("is in use by process " + holder.pid()), e.getMessage());
    } finally {
      holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void killedWriteLeavesTheStoreAsItWas() throws Exception {
    Path dir = tmp.resolve("killed");
    StoreLoader.load(dir, List.of(RdfLoader.vocabulary()));
    long before = size(dir);
    Process writer = child(HoldStore.class, dir.toString(), "write");
    awaitLine(writer, "written");
    writer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    assertEquals(before, size(dir));
  }

  private static long size(Path dir) {
    var ds = Tdb2Stores.connect(dir, false);
    try {
      return Txn.calculateRead(ds, () -> ds.getDefaultModel().size());
    } finally {
      Tdb2Stores.release(ds.asDatasetGraph());
    }
  }

  private static Process child(Class<?> main, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  private static void awaitLine(Process p, String expected) throws Exception {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = r.readLine()) != null) {
      if (line.equals(expected)) {
        return;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("child ended without '" + expected + "':\n" + seen);
  }
}
