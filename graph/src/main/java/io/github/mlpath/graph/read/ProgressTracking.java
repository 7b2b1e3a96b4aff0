package io.github.mlpath.graph.read;

import io.github.mlpath.graph.ReadProgress;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfSink;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;

/**
 * Feeds the installed {@link ReadProgress} during one read: counts the bytes of the sources (their
 * openers wrapped) and the triples parsed (a sink beside the reader's), and reports every {@value
 * #EVERY} triples.
 */
final class ProgressTracking implements RdfSink {
  private static final int EVERY = 1 << 15;

  private final ReadProgress progress;
  private final long totalBytes;
  private final AtomicLong bytes = new AtomicLong();
  private long triples;
  private String current = "";

  private ProgressTracking(ReadProgress progress, long totalBytes) {
    this.progress = progress;
    this.totalBytes = totalBytes;
  }

  /** A tracker for reading {@code sources}, or null when no display is installed. */
  static ProgressTracking of(List<DataSource> sources) {
    ReadProgress p = ReadProgress.installed();
    if (p == ReadProgress.NONE) {
      return null;
    }
    long total = 0;
    for (DataSource s : sources) {
      total += sizeOf(s.name());
    }
    return new ProgressTracking(p, total);
  }

  /** The size of the file named {@code name}, 0 when it is not a regular file. */
  static long sizeOf(String name) {
    try {
      Path p = Path.of(name);
      return Files.isRegularFile(p) ? Files.size(p) : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** {@code source}, its bytes counted as they are read. */
  DataSource counting(DataSource source) {
    current = source.name();
    return new DataSource(source.name(), source.lang(), () -> new Counted(source.opener().open()));
  }

  @Override
  public void triple(Node s, Node p, Node o, long at, long subjectAt) {
    if (++triples % EVERY == 0) {
      progress.update(current, triples, bytes.get(), totalBytes);
    }
  }

  /**
   * A sink that counts the triples of one of several threads parsing at once (the halves of one
   * file) into this tracker's, reporting every {@value #EVERY} of its own.
   */
  RdfSink share() {
    return new RdfSink() {
      private int own;

      @Override
      public void triple(Node s, Node p, Node o, long at, long subjectAt) {
        if (++own == EVERY) {
          own = 0;
          add(EVERY);
        }
      }
    };
  }

  private synchronized void add(int n) {
    triples += n;
    progress.update(current, triples, bytes.get(), totalBytes);
  }

  void finish() {
    progress.finish();
  }

  /** Counts what the parser reads. */
  private final class Counted extends FilterInputStream {
    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytes.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        bytes.addAndGet(n);
      }
      return n;
    }
  }
}
