package io.github.mlpath.graph.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/**
 * The queries of frozen {@link Facts} give each value once, in the order read, in groups of one
 * value, of a few, and of many more than a scan tells apart; and they give the same from two
 * threads at once.
 */
class FactsQueryTest {
  private static final int TERMS = 300;

  @Test
  void objectsAndSubjectsAreDistinctInTheOrderRead() {
    Random random = new Random(7);
    Facts f = new Facts();
    int[][] triples = triples(random, f);
    f.freeze();
    for (int key = 0; key < f.termCount(); key++) {
      for (int p = 0; p < 4; p++) {
        int predicate = f.iriId(iri(p));
        assertArrayEquals(expected(triples, 0, key, predicate, 2), f.objects(key, predicate));
        assertArrayEquals(expected(triples, 2, key, predicate, 0), f.subjects(predicate, key));
      }
    }
  }

  @Test
  void twoThreadsQueryAtOnceAndEachGetsItsOwnAnswers() throws Exception {
    Facts f = new Facts();
    int[][] triples = triples(new Random(11), f);
    f.freeze();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int thread = 0; thread < 2; thread++) {
        runs.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 20; round++) {
                    for (int key = 0; key < f.termCount(); key++) {
                      int predicate = f.iriId(iri(round % 4));
                      assertArrayEquals(
                          expected(triples, 0, key, predicate, 2), f.objects(key, predicate));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Random triples over {@link #TERMS} IRIs and 4 predicates: most subjects have a few objects,
   * with repeats; subject 0's predicate 0 has many (more than {@link DistinctInts#FEW}).
   */
  private static int[][] triples(Random random, Facts f) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      boolean many = i % 3 == 0;
      int s = many ? 0 : random.nextInt(TERMS);
      int p = many ? 0 : random.nextInt(4);
      int o = many ? random.nextInt(TERMS) : random.nextInt(12);
      out.add(add(f, s, p, o, i));
    }
    return out.toArray(int[][]::new);
  }

  private static int[] add(Facts f, int s, int p, int o, int line) {
    int sid = f.term(node("t" + s));
    int pid = f.term(NodeFactory.createURI(iri(p)));
    int oid = f.term(node("t" + o));
    f.add(sid, pid, oid, Positions.position(0, line + 1L));
    return new int[] {sid, pid, oid};
  }

  /** The distinct {@code value} column of the triples whose {@code key} column is {@code k}. */
  private static int[] expected(int[][] triples, int key, int k, int predicate, int value) {
    Set<Integer> out = new LinkedHashSet<>();
    for (int[] t : triples) {
      if (t[key] == k && t[1] == predicate) {
        out.add(t[value]);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Node node(String name) {
    return NodeFactory.createURI("https://example.org/" + name);
  }

  private static String iri(int p) {
    return "https://example.org/p" + p;
  }
}
