package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graph writers stream: they hand the output to the writer in small pieces as they go, never as
 * one string built in memory. Measured on 20,000 synthetic topics (docs/benchmarks.md has the
 * 100,000-topic timings).
 */
class StreamingExportTest {
  /** Every format written from the snapshot, as registered: a new one is tested too. */
  static Stream<ExportFormat> snapshotFormats() {
    return Arrays.stream(ExportFormat.values()).filter(f -> !f.rdf());
  }

  @Test
  void theSnapshotFormatsAreTheGraphFormats() {
    assertEquals(
        List.of("dot", "graphml", "cytoscape", "mermaid", "html", "map-json"),
        snapshotFormats().map(ExportFormat::slug).toList());
  }

  @ParameterizedTest
  @MethodSource("snapshotFormats")
  void noSingleWriteHoldsMoreThanAFewKilobytes(ExportFormat format) {
    Curriculum c = SyntheticCurriculum.generate(20_000, 7L);
    Counting out = new Counting();
    Exporter.write(c, Selection.all(c), format, out);
    assertTrue(out.total > 1_000_000, format + " wrote " + out.total);
    // The HTML template goes out in one piece (about 20 KB); everything else is per element.
    int limit = format == ExportFormat.HTML ? 64 * 1024 : 4 * 1024;
    assertTrue(out.largest < limit, format + ": one write of " + out.largest + " chars");
  }

  private static final class Counting extends Writer {
    long total;
    int largest;

    @Override
    public void write(char[] buf, int off, int len) {
      total += len;
      largest = Math.max(largest, len);
    }

    @Override
    public void write(String s, int off, int len) {
      write(new char[0], 0, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
