package io.github.mlpath.graph.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * An N-Triples document cut in two near its middle, at the start of a line that follows a line
 * ending in {@code .}, so that the halves can be parsed at the same time, on two threads, sharing
 * {@link #blankNodes} (a label names one blank node in both). When both halves parse, their triples
 * are the document's: the first half then ends between two triples, and nothing of N-Triples runs
 * from one triple to the next but blank node labels. When either fails, the cut may have split a
 * triple, so the document is to be parsed whole, for its own first error.
 *
 * @param first the bytes before the cut
 * @param second the bytes from the cut on; its lines are counted from the cut
 * @param blankNodes the seed both halves name blank nodes from ({@link StreamingParser#parse(
 *     DataSource, RdfSink, UUID)})
 */
public record Halves(DataSource first, DataSource second, UUID blankNodes) {
  /** How far past the middle a cut is looked for. */
  static final int WINDOW = 1 << 16;

  /** The halves of {@code source}, {@code size} bytes long; empty when it cannot be cut. */
  public static Optional<Halves> of(DataSource source, long size) {
    if (!RDFLanguages.sameLang(source.lang(), Lang.NTRIPLES) || size < 2) {
      return Optional.empty();
    }
    long cut = cut(source, size / 2);
    if (cut <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Halves(part(source, 0, cut), part(source, cut, -1), UUID.randomUUID()));
  }

  /**
   * The first offset at or after {@code from} that starts a line beginning with {@code <} or {@code
   * _} after a line ending with {@code .} (spaces, tabs and a carriage return aside), or -1.
   */
  static long cut(DataSource source, long from) {
    byte[] window = new byte[WINDOW];
    int n;
    try (InputStream in = source.opener().open()) {
      in.skipNBytes(from);
      n = in.readNBytes(window, 0, WINDOW);
    } catch (IOException | RuntimeException e) {
      return -1; // the whole document is parsed then, which reports what is wrong
    }
    for (int i = 1; i + 1 < n; i++) {
      boolean subject = window[i + 1] == '<' || window[i + 1] == '_';
      if (window[i] == '\n' && subject && endsTriple(window, i)) {
        return from + i + 1;
      }
    }
    return -1;
  }

  /** Whether the line ending at {@code end} (a line feed) ends with a dot. */
  private static boolean endsTriple(byte[] b, int end) {
    int i = end - 1;
    while (i >= 0 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
      i--;
    }
    return i >= 0 && b[i] == '.';
  }

  /** The bytes of {@code source} from {@code start} to {@code end} (-1: to its end). */
  private static DataSource part(DataSource source, long start, long end) {
    return new DataSource(
        source.name(),
        source.lang(),
        () -> {
          InputStream in = source.opener().open();
          try {
            in.skipNBytes(start);
          } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
          }
          return end < 0 ? in : new Limited(in, end - start);
        });
  }

  /** The first bytes of a stream. */
  private static final class Limited extends FilterInputStream {
    private long left;

    Limited(InputStream in, long length) {
      super(in);
      left = length;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (left <= 0) {
        return len == 0 ? 0 : -1;
      }
      int n = super.read(buf, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, left));
      left -= skipped;
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(super.available(), left);
    }
  }
}
