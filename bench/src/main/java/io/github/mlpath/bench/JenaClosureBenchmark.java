package io.github.mlpath.bench;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.graph.vocab.MLP;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The prerequisite closure of the deepest topic three ways, in one run: mlpath's int-array walk,
 * Jena ARQ with a {@code mlp:requires+} property path over an in-memory graph, and a breadth-first
 * walk of the same graph with {@code Graph.find}. The graph holds one {@code mlp:requires} triple
 * per edge of the same synthetic curriculum. Each returns the number of topics required, so the
 * three can be checked against each other.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class JenaClosureBenchmark extends AverageTimeBenchmark {

  /**
   * The synthetic curriculum of {@link SyntheticState}, the same curriculum as a Jena graph, and
   * the query.
   */
  @State(Scope.Benchmark)
  public static class JenaState extends SyntheticState {
    Graph graph;
    Model model;
    Node requires;
    Node goal;
    Query query;

    /**
     * The curriculum as {@link SyntheticState} builds it, then the graph and the query (JMH calls
     * this through the superclass's {@code @Setup}, once per trial).
     */
    @Override
    public void setUp() {
      super.setUp();
      JenaSystem.init();
      requires = NodeFactory.createURI(MLP.requires.getURI());
      Node[] nodes = new Node[curriculum.size()];
      for (int v = 0; v < nodes.length; v++) {
        nodes[v] = NodeFactory.createURI(curriculum.iri(v));
      }
      graph = GraphFactory.createDefaultGraph();
      Adjacency edges = curriculum.requires();
      for (int v = 0; v < nodes.length; v++) {
        for (int k = edges.start(v); k < edges.end(v); k++) {
          graph.add(Triple.create(nodes[v], requires, nodes[edges.target(k)]));
        }
      }
      model = ModelFactory.createModelForGraph(graph);
      goal = nodes[deepest];
      query =
          QueryFactory.create(
              "PREFIX mlp: <"
                  + MLP.NS
                  + ">\nSELECT ?p WHERE { <"
                  + goal.getURI()
                  + "> mlp:requires+ ?p }");
      int expected = Closure.prerequisites(curriculum, deepest).cardinality() - 1;
      int arq = arq(this);
      int walk = walk(this);
      if (arq != expected || walk != expected) {
        throw new IllegalStateException(
            "closures disagree: mlpath " + expected + ", ARQ " + arq + ", find " + walk);
      }
    }
  }

  /** mlpath: the int-array walk, counting the required topics (the goal itself excluded). */
  @Benchmark
  public int mlpathClosure(JenaState s) {
    BitSet closure = Closure.prerequisites(s.curriculum, s.deepest);
    return closure.cardinality() - 1;
  }

  /** ARQ: {@code SELECT ?p WHERE { <goal> mlp:requires+ ?p }}, counting the rows. */
  @Benchmark
  public int jenaArqPropertyPath(JenaState s) {
    return arq(s);
  }

  /** A breadth-first walk of the Jena graph with {@code find(node, requires, ANY)}. */
  @Benchmark
  public int jenaGraphFindWalk(JenaState s) {
    return walk(s);
  }

  static int arq(JenaState s) {
    int rows = 0;
    try (QueryExecution qe = QueryExecution.model(s.model).query(s.query).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        rs.next();
        rows++;
      }
    }
    return rows;
  }

  static int walk(JenaState s) {
    Set<Node> seen = new HashSet<>();
    ArrayDeque<Node> queue = new ArrayDeque<>();
    queue.add(s.goal);
    while (!queue.isEmpty()) {
      Node v = queue.poll();
      ExtendedIterator<Triple> it = s.graph.find(v, s.requires, Node.ANY);
      try {
        while (it.hasNext()) {
          Node w = it.next().getObject();
          if (seen.add(w)) {
            queue.add(w);
          }
        }
      } finally {
        it.close();
      }
    }
    return seen.size();
  }
}
