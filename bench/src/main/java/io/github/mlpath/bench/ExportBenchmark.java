package io.github.mlpath.bench;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import io.github.mlpath.graph.export.ExportFormat;
import io.github.mlpath.graph.export.Exporter;
import io.github.mlpath.graph.export.Selection;
import io.github.mlpath.graph.synthetic.NTriplesWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exporting a 100,000-topic synthetic curriculum: the graph formats against N-Triples (the
 * generator's streaming writer, as {@link Generate} uses). Each writes UTF-8 into a buffered stream
 * that discards the bytes, so the figure is the cost of producing and encoding the output, not of
 * the disk. The fork runs with a 96 MB heap, less than any of the outputs (25 to 60 MB of text,
 * twice that as Java strings): a writer that built its output in memory would run out of it.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms96m", "-Xmx96m"})
public class ExportBenchmark extends AverageTimeBenchmark {

  /** The 100k curriculum and its selection, built once. */
  @State(Scope.Benchmark)
  public static class Data {
    Curriculum curriculum;
    Selection all;

    @Setup
    public void setUp() {
      curriculum = SyntheticCurriculum.generate(100_000, SyntheticState.SEED);
      all = Selection.all(curriculum);
    }
  }

  @Benchmark
  public long ntriples(Data d) throws IOException {
    Counted out = Counted.open();
    NTriplesWriter.write(d.curriculum, out.writer);
    return out.finish();
  }

  @Benchmark
  public long dot(Data d) throws IOException {
    return export(d, ExportFormat.DOT);
  }

  @Benchmark
  public long graphml(Data d) throws IOException {
    return export(d, ExportFormat.GRAPHML);
  }

  @Benchmark
  public long cytoscape(Data d) throws IOException {
    return export(d, ExportFormat.CYTOSCAPE);
  }

  private static long export(Data d, ExportFormat f) throws IOException {
    Counted out = Counted.open();
    Exporter.write(d.curriculum, d.all, f, out.writer);
    return out.finish();
  }

  /** A UTF-8 writer into a stream that counts and drops the bytes. */
  private static final class Counted extends OutputStream {
    long bytes;
    Writer writer;

    static Counted open() {
      Counted c = new Counted();
      c.writer = new BufferedWriter(new OutputStreamWriter(c, StandardCharsets.UTF_8), 1 << 16);
      return c;
    }

    long finish() throws IOException {
      writer.close();
      return bytes;
    }

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
