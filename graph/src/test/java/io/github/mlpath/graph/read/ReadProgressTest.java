package io.github.mlpath.graph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import io.github.mlpath.graph.ReadProgress;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.synthetic.NTriplesWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadProgressTest {
  @TempDir Path tmp;
  private final List<long[]> updates = new ArrayList<>();
  private int finished;

  @AfterEach
  void uninstall() {
    ReadProgress.install(ReadProgress.NONE);
  }

  @Test
  void aLongReadReportsGrowingCountsOfTriplesAndBytesOfTheFilesSizeThenFinishesOnce()
      throws IOException {
    Path file = tmp.resolve("big.nt");
    try (Writer w = Files.newBufferedWriter(file)) {
      NTriplesWriter.write(SyntheticCurriculum.generate(12_000, 5), w);
    }
    ReadProgress.install(
        new ReadProgress() {
          @Override
          public void update(String source, long triples, long bytesRead, long totalBytes) {
            assertEquals(file.toString(), source);
            updates.add(new long[] {triples, bytesRead, totalBytes});
          }

          @Override
          public void finish() {
            finished++;
          }
        });
    RdfReader.read(RdfLoader.files(List.of(file)));
    assertGrowingToTheFilesSize(file);
  }

  @Test
  void aFileReadAsTwoHalvesAtOnceReportsAsOneRead() throws IOException {
    Path file = tmp.resolve("halves.nt");
    try (Writer w = Files.newBufferedWriter(file)) {
      NTriplesWriter.write(SyntheticCurriculum.generate(20_000, 5), w);
    }
    ReadProgress.install(
        new ReadProgress() {
          @Override
          public synchronized void update(
              String source, long triples, long bytesRead, long totalBytes) {
            assertEquals(file.toString(), source);
            updates.add(new long[] {triples, bytesRead, totalBytes});
          }

          @Override
          public void finish() {
            finished++;
          }
        });
    RdfReader.read(RdfLoader.files(List.of(file)), null, 0);
    assertGrowingToTheFilesSize(file);
  }

  private void assertGrowingToTheFilesSize(Path file) throws IOException {
    assertTrue(updates.size() >= 2, "updates: " + updates.size());
    for (int i = 1; i < updates.size(); i++) {
      assertTrue(updates.get(i)[0] > updates.get(i - 1)[0]);
      assertTrue(updates.get(i)[1] >= updates.get(i - 1)[1]);
    }
    long[] last = updates.get(updates.size() - 1);
    assertEquals(Files.size(file), last[2]);
    assertTrue(last[1] > 0 && last[1] <= last[2], last[1] + " of " + last[2]);
    assertEquals(1, finished);
  }

  @Test
  void withNothingInstalledAReadReportsNothing() throws IOException {
    Path file = tmp.resolve("small.nt");
    try (Writer w = Files.newBufferedWriter(file)) {
      NTriplesWriter.write(SyntheticCurriculum.generate(10, 5), w);
    }
    RdfReader.read(RdfLoader.files(List.of(file)));
    assertEquals(List.of(), updates);
  }
}
