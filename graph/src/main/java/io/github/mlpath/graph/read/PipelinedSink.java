package io.github.mlpath.graph.read;

import io.github.mlpath.graph.load.RdfSink;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;

/**
 * Hands the parser's triples to a sink on a thread of its own, in batches, so that parsing a large
 * file and filing its facts run on two cores at once. The sink sees every triple and prefix in the
 * order parsed, from that one thread. {@link #close()} waits until everything handed over has
 * reached the sink, and rethrows what the sink threw; after a failure of the sink, the next triple
 * handed over throws it too, so parsing stops. An endpoint's answer is filed through one too, while
 * the answer is parsed as it arrives.
 */
public final class PipelinedSink implements RdfSink, AutoCloseable {
  private static final int BATCH = 4096;

  private final RdfSink sink;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
  private final Thread worker;
  private volatile Throwable failure;
  private Batch current = new Batch(BATCH);
  private boolean closed;

  /** Hands what it is given to {@code sink} on a thread of its own. */
  public PipelinedSink(RdfSink sink) {
    this.sink = sink;
    this.worker = new Thread(this::drain, "mlpath-reader");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void triple(Node s, Node p, Node o, long at, long subjectAt) {
    Batch b = current;
    int n = b.size++;
    b.s[n] = s;
    b.p[n] = p;
    b.o[n] = o;
    b.at[n] = at;
    b.subjectAt[n] = subjectAt;
    if (b.size == BATCH) {
      hand(b);
      current = new Batch(BATCH);
    }
  }

  @Override
  public void prefix(String prefix, String iri) {
    hand(current);
    Batch b = new Batch(0);
    b.prefix = prefix;
    b.iri = iri;
    hand(b);
    current = new Batch(BATCH);
  }

  /** Waits until the sink has everything handed over; rethrows what it threw. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    Batch end = new Batch(0);
    end.last = true;
    try {
      hand(current);
      hand(end);
    } finally {
      join();
    }
    rethrow();
  }

  private void hand(Batch b) {
    try {
      while (!queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
        rethrow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
    rethrow();
  }

  private void join() {
    try {
      while (worker.isAlive()) {
        worker.join(50);
        if (failure != null) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrow() {
    Handover.rethrow(failure);
  }

  private void drain() {
    try {
      for (Batch b = queue.take(); !b.last; b = queue.take()) {
        if (b.prefix != null) {
          sink.prefix(b.prefix, b.iri);
        }
        for (int i = 0; i < b.size; i++) {
          sink.triple(b.s[i], b.p[i], b.o[i], b.at[i], b.subjectAt[i]);
        }
      }
    } catch (Throwable t) { // handed to the parser's thread, which rethrows it
      failure = t;
      queue.clear();
    }
  }

  /** Triples parsed one after the other, or one prefix, or the end. */
  private static final class Batch {
    final Node[] s;
    final Node[] p;
    final Node[] o;
    final long[] at;
    final long[] subjectAt;
    int size;
    String prefix;
    String iri;
    boolean last;

    Batch(int capacity) {
      s = new Node[capacity];
      p = new Node[capacity];
      o = new Node[capacity];
      at = new long[capacity];
      subjectAt = new long[capacity];
    }
  }
}
