package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.StoreInUseException;
import io.github.mlpath.graph.load.RdfLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
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

  @Override
  boolean fetchesSubgraphs() {
    return true;
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
