package io.github.mlpath.graph.store;

import io.github.mlpath.graph.load.RdfSink;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Runs CONSTRUCT queries on a store: a small answer as a graph, a large one streamed into a sink
 * triple by triple, so that no graph of it is built on the way to the reader.
 */
interface Constructing {
  /**
   * The answer as a graph.
   *
   * @throws RefusedQueryException when the store answers that it cannot run the query
   */
  Model construct(Query query);

  /**
   * Hands each triple of the answer to {@code into} (positions 0: an answer has no lines), as it
   * arrives where the store can stream it; returns how many it handed.
   *
   * @throws RefusedQueryException when the store answers that it cannot run the query, before any
   *     triple is handed
   */
  default long construct(Query query, RdfSink into) {
    return feed(construct(query), into);
  }

  /** Hands every triple of {@code graph} to {@code into}; returns how many. */
  static long feed(Model graph, RdfSink into) {
    long n = 0;
    ExtendedIterator<Triple> all = graph.getGraph().find();
    try {
      while (all.hasNext()) {
        Triple t = all.next();
        into.triple(t.getSubject(), t.getPredicate(), t.getObject(), 0, 0);
        n++;
      }
    } finally {
      all.close();
    }
    return n;
  }
}
