package io.github.mlpath.graph.store;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of remote work with a deadline for the whole of it: an HTTP client's timeouts bound
 * connecting and the wait for the first byte, but not a server that trickles its answer one byte at
 * a time. The work runs on a daemon thread; past the deadline the caller gets {@link
 * TimeoutException} at once, the work is told to stop ({@code abort}) and interrupted, and a thread
 * stuck in a read can never keep the process alive.
 */
final class Deadline {
  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "mlpath-endpoint");
            t.setDaemon(true);
            return t;
          });

  private Deadline() {}

  /** Starts {@code work} on a daemon thread; {@link #await} waits for it. */
  static Future<?> inBackground(Runnable work) {
    return WORKERS.submit(work);
  }

  /** Waits for work begun by {@link #inBackground}; rethrows what it threw as it is. */
  static void await(Future<?> work) {
    try {
      work.get();
    } catch (InterruptedException e) {
      work.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an endpoint", e);
    } catch (ExecutionException e) {
      rethrow(e);
    }
  }

  /**
   * The result of {@code work}, or {@link TimeoutException} when it takes longer than {@code
   * limit}; an unchecked exception of the work is rethrown as it is.
   */
  static <T> T within(Duration limit, Callable<T> work, Runnable abort) throws TimeoutException {
    Future<T> f = WORKERS.submit(work);
    try {
      return f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abort.run();
      f.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      abort.run();
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new TimeoutException("interrupted");
    } catch (ExecutionException e) {
      throw rethrow(e);
    }
  }

  /** Throws the cause of {@code e} as it is when it is unchecked, else wrapped. */
  private static IllegalStateException rethrow(ExecutionException e) {
    Throwable c = e.getCause();
    if (c instanceof RuntimeException r) {
      throw r;
    }
    if (c instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(c);
  }
}
