package io.github.mlpath.graph.read;

import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.load.Halves;
import io.github.mlpath.graph.load.RdfSink;
import io.github.mlpath.graph.load.StreamingParser;
import org.apache.jena.graph.Node;

/**
 * Reads a large N-Triples file as two {@link Halves} at once: the first half on the calling thread
 * into the facts, the second on a thread of its own into facts of its own, which are then appended
 * (terms, triples and positions as one reading of the whole file would have made them). Each thread
 * parses and files its own triples, so the read takes about half the time of one thread when a
 * second core is free. When either half does not parse, nothing is kept of the second and the
 * caller reads the file whole, so that its first error is the one reported, as always.
 */
final class TwoHalves {
  private TwoHalves() {}

  /**
   * Reads {@code halves} of source {@code source} into {@code facts} through {@code sink}; false
   * when a half does not parse (what the first half added is then to be rolled back).
   */
  static boolean read(
      Halves halves, Facts facts, FactSink sink, int source, ProgressTracking progress) {
    Facts later = new Facts();
    FactSink laterSink = new FactSink(later);
    laterSink.source(source);
    Second second = new Second(halves, tracked(laterSink, progress));
    Handover.Task task = Handover.start("mlpath-reader", second);
    long lines;
    try {
      lines = StreamingParser.parse(halves.first(), tracked(sink, progress), halves.blankNodes());
    } catch (RuntimeException | Error e) {
      second.stop = true;
      task.await();
      if (e instanceof LoadException) {
        return false;
      }
      throw e;
    }
    Throwable failure = task.await();
    if (failure instanceof LoadException) {
      return false;
    }
    Handover.rethrow(failure);
    facts.append(later, lines);
    return true;
  }

  private static RdfSink tracked(RdfSink sink, ProgressTracking progress) {
    if (progress == null) {
      return sink;
    }
    RdfSink count = progress.share();
    return (s, p, o, at, subjectAt) -> {
      sink.triple(s, p, o, at, subjectAt);
      count.triple(s, p, o, at, subjectAt);
    };
  }

  /** The second half's parse; stops at its next triple once the first half has failed. */
  private static final class Second implements Runnable, RdfSink {
    private final Halves halves;
    private final RdfSink sink;
    volatile boolean stop;

    Second(Halves halves, RdfSink sink) {
      this.halves = halves;
      this.sink = sink;
    }

    @Override
    public void run() {
      StreamingParser.parse(halves.second(), this, halves.blankNodes());
    }

    @Override
    public void triple(Node s, Node p, Node o, long at, long subjectAt) {
      if (stop) {
        throw new IllegalStateException("stopped: the first half did not parse");
      }
      sink.triple(s, p, o, at, subjectAt);
    }
  }
}
