package io.github.mlpath.graph.read;

/** What a worker thread of the reader threw, thrown again on the thread that waits for it. */
final class Handover {
  private Handover() {}

  /** Runs {@code work} on a new daemon thread named {@code name}, from now on. */
  static Task start(String name, Runnable work) {
    Task task = new Task(work);
    task.thread = new Thread(task, name);
    task.thread.setDaemon(true);
    task.thread.start();
    return task;
  }

  /** Work on a thread of its own; {@link #join} waits for it and throws again what it threw. */
  static final class Task implements Runnable {
    private final Runnable work;
    private Thread thread;
    private Throwable failure;

    private Task(Runnable work) {
      this.work = work;
    }

    @Override
    public void run() {
      try {
        work.run();
      } catch (Throwable t) { // handed to the thread that joins, which rethrows it
        failure = t;
      }
    }

    /** Waits for the work to end; rethrows what it threw. */
    void join() {
      rethrow(await());
    }

    /** Waits for the work to end, interrupts or not; returns what it threw, or null. */
    Throwable await() {
      boolean interrupted = false;
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return failure;
    }
  }

  /** Throws {@code t} as it is if it is unchecked, wrapped if checked; nothing if it is null. */
  static void rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }
}
