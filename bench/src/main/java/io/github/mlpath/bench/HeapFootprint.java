package io.github.mlpath.bench;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the heap a curriculum snapshot retains, two ways: used heap after full GCs before and
 * after building it (everything the builder allocated temporarily is garbage by then), and JOL's
 * walk of the object graph reachable from the snapshot. Run it with {@code java -cp benchmarks.jar
 * io.github.mlpath.bench.HeapFootprint [topics]} (default one million).
 */
public final class HeapFootprint {
  private HeapFootprint() {}

  public static void main(String[] args) {
    int topics = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    Curriculum c = SyntheticCurriculum.generate(topics, SyntheticState.SEED);
    long after = usedAfterGc(memory);
    System.out.printf(
        "topics %,d, edges %,d%nused heap after GC: before %.1f MB, after %.1f MB, snapshot %.1f"
            + " MB%n",
        c.size(), c.edgeCount(), mb(before), mb(after), mb(after - before));
    GraphLayout layout = GraphLayout.parseInstance(c);
    System.out.printf(
        "JOL: %,d objects reachable from the snapshot, %.1f MB%n",
        layout.totalCount(), mb(layout.totalSize()));
    System.out.println(layout.toFootprint().lines().limit(14).reduce("", (a, b) -> a + b + "\n"));
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
