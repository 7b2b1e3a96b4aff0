package io.github.mlpath.graph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.SnapshotCodec;
import io.github.mlpath.graph.load.Input;
import io.github.mlpath.graph.load.Inputs;
import io.github.mlpath.graph.load.RdfLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCacheTest {
  @TempDir Path tmp;
  private Path data;
  private Path cacheDir;
  private final List<String> notices = new ArrayList<>();
  private SnapshotCache cache;

  @BeforeEach
  void copyTheFixture() throws IOException {
    data = tmp.resolve("two-topics.ttl");
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("fixtures/cache/two-topics.ttl")) {
      Files.copy(in, data);
    }
    ageBy(data, 3_600_000);
    cacheDir = tmp.resolve("cache");
    cache = new SnapshotCache(Optional.of(cacheDir), notices::add);
  }

  private List<Input> inputs() {
    return Inputs.of(List.of(data), false);
  }

  @Test
  void aSecondReadOfUnchangedDataComesFromTheSnapshotWithoutParsing() throws IOException {
    Curriculum first = cache.read(inputs()).curriculum();
    FileTime stamp = Files.getLastModifiedTime(data);
    byte[] junk = new byte[(int) Files.size(data)];
    java.util.Arrays.fill(junk, (byte) '!');
    Files.write(data, junk); // same size and time: only a parse would notice
    Files.setLastModifiedTime(data, stamp);
    Curriculum second = cache.read(inputs()).curriculum();
    assertEquals(first.prerequisites(), second.prerequisites());
    assertTrue(second.indexOf("derivatives").isPresent());
    assertEquals(List.of(), notices);
  }

  @Test
  void changedDataIsReadAgainWithoutAWord() throws IOException {
    cache.read(inputs());
    Files.writeString(
        data,
        "topic:chain-rule a mlp:MathTopic ; skos:prefLabel \"Chain rule\"@en ;"
            + " mlp:area area:calculus ; mlp:requires topic:derivatives .\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Curriculum again = cache.read(inputs()).curriculum();
    assertTrue(again.indexOf("chain-rule").isPresent());
    assertEquals(List.of(), notices);
  }

  @Test
  void aDamagedSnapshotIsReportedInOneLineNeverTrustedAndRebuilt() throws IOException {
    cache.read(inputs());
    Path snap = onlySnapshot();
    byte[] bytes = Files.readAllBytes(snap);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(snap, bytes);
    Curriculum read = cache.read(inputs()).curriculum();
    assertTrue(read.indexOf("derivatives").isPresent());
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(notices.get(0).contains("is damaged") && notices.get(0).endsWith("rebuilding it"));
    assertEquals(1, notices.get(0).lines().count());
    notices.clear();
    cache.read(inputs());
    assertEquals(List.of(), notices);
  }

  @Test
  void aTruncatedSnapshotIsRebuiltToo() throws IOException {
    cache.read(inputs());
    Path snap = onlySnapshot();
    byte[] bytes = Files.readAllBytes(snap);
    Files.write(snap, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    assertTrue(cache.read(inputs()).curriculum().indexOf("limits").isPresent());
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(Files.size(onlySnapshot()) == bytes.length);
  }

  @Test
  void writingLeavesOneSnapshotAndNoTemporaryFile() throws IOException {
    cache.read(inputs());
    try (Stream<Path> files = Files.list(cacheDir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertEquals(1, names.size(), names.toString());
      assertTrue(names.get(0).endsWith(".snap"), names.toString());
    }
  }

  @Test
  void theCacheTurnedOffStillReads() {
    SnapshotCache off = new SnapshotCache(Optional.empty(), notices::add);
    assertTrue(off.read(inputs()).curriculum().indexOf("derivatives").isPresent());
    assertTrue(Files.notExists(cacheDir));
  }

  @Test
  void theJarShipsTheBundledCurriculumsSnapshotKeyedByItsContent() throws IOException {
    List<Input> bundled = Inputs.of(List.of(), true);
    byte[] shipped;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(SnapshotCache.BUNDLED)) {
      shipped = in.readAllBytes();
    }
    SnapshotCodec.Contents c = SnapshotCodec.read(ByteBuffer.wrap(shipped));
    assertEquals(Fingerprint.key(bundled), c.key());
    Curriculum parsed = RdfReader.read(RdfLoader.sourcesOf(bundled)).curriculum();
    assertEquals(parsed.prerequisites(), c.curriculum().prerequisites());
    assertEquals(parsed.resources(), c.curriculum().resources());
    Curriculum viaCache = cache.read(bundled).curriculum();
    assertEquals(parsed.size(), viaCache.size());
    assertTrue(Files.notExists(cacheDir), "the shipped snapshot needs no cache file");
  }

  private Path onlySnapshot() throws IOException {
    try (Stream<Path> files = Files.list(cacheDir)) {
      return files.filter(p -> p.toString().endsWith(".snap")).findFirst().orElseThrow();
    }
  }

  private static void ageBy(Path p, long millis) throws IOException {
    Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - millis));
  }
}
