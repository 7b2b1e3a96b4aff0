package io.github.mlpath.graph;

/**
 * Told how a long read of RDF is going (loads, cache builds, exports), for a progress display; the
 * reader calls it from its own thread, every few tens of thousands of triples. The process has one,
 * {@link #install installed} by the program that shows it; by default it shows nothing.
 */
public interface ReadProgress {
  /** Shows nothing. */
  ReadProgress NONE =
      new ReadProgress() {
        @Override
        public void update(String source, long triples, long bytesRead, long totalBytes) {}

        @Override
        public void finish() {}
      };

  /**
   * How far the read is.
   *
   * @param source the document being read, as messages name it
   * @param triples triples read so far, over every document of the read
   * @param bytesRead bytes read so far, over every document
   * @param totalBytes the bytes of every document, or 0 when not known
   */
  void update(String source, long triples, long bytesRead, long totalBytes);

  /** The read is over (done or failed). */
  void finish();

  /** Makes {@code progress} the process's display of reads. */
  static void install(ReadProgress progress) {
    Installed.current = progress;
  }

  /** The process's display of reads. */
  static ReadProgress installed() {
    return Installed.current;
  }

  /** Holds the installed display. */
  final class Installed {
    private static volatile ReadProgress current = NONE;

    private Installed() {}
  }
}
