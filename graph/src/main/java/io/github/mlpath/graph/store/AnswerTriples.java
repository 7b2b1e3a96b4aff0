package io.github.mlpath.graph.store;

import io.github.mlpath.graph.load.RdfSink;
import io.github.mlpath.graph.read.PipelinedSink;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The triples of an endpoint's answer handed to the reader as they are parsed. An answer is a
 * graph, or rows, which are parsed on the thread that reads them and so are filed into the reader's
 * facts on a second thread meanwhile: Jena Fuseki builds the whole graph of a CONSTRUCT before it
 * sends its first byte, but sends a SELECT's rows as it finds them, so a CONSTRUCT of {@code { ?s
 * ?p ?o }} is asked of it as the SELECT of those three variables, and the rows are read and filed
 * while the rest is still being found (docs/benchmarks.md, "Seventh run, session 6"). The rows are
 * handed on as the triples the CONSTRUCT would have made: a row that makes no triple (a literal
 * subject, a predicate that is not an IRI, an unbound variable) is left out, as a CONSTRUCT leaves
 * it out; a row that comes twice is read once, as the reader reads every triple.
 */
final class AnswerTriples {
  private static final Var S = Var.alloc("s");
  private static final Var P = Var.alloc("p");
  private static final Var O = Var.alloc("o");

  /** The formats rows are asked in, best first: binary Thrift, which Fuseki writes, then JSON. */
  static final String ROW_FORMATS =
      "application/sparql-results+thrift, application/sparql-results+json;q=0.9";

  private AnswerTriples() {}

  /**
   * The SELECT of {@code ?s ?p ?o} with the same pattern, when the query is such a CONSTRUCT (with
   * no modifiers, which the SELECT would have to repeat).
   */
  static Optional<Query> select(Query query) {
    if (!query.isConstructType()
        || !query.getConstructTemplate().getTriples().equals(List.of(Triple.create(S, P, O)))
        || query.hasLimit()
        || query.hasOffset()
        || query.hasOrderBy()
        || query.hasValues()
        || !query.getGraphURIs().isEmpty()
        || !query.getNamedGraphURIs().isEmpty()) {
      return Optional.empty();
    }
    Query select = new Query();
    select.setQuerySelectType();
    select.setPrefixMapping(query.getPrefixMapping());
    select.setBaseURI(query.getBaseURI());
    select.setQueryPattern(query.getQueryPattern());
    select.addResultVar(S);
    select.addResultVar(P);
    select.addResultVar(O);
    return Optional.of(select);
  }

  /**
   * What {@code work} hands its sink, filed into {@code into} on a second thread, so that the
   * answer is parsed on one core while its triples are filed on the other.
   */
  static long filed(RdfSink into, ToLongFunction<RdfSink> work) {
    try (PipelinedSink filing = new PipelinedSink(into)) {
      return work.applyAsLong(filing);
    }
  }

  /** Hands {@code into} each triple of a graph as it is read; returns how many. */
  static long ofGraph(Iterator<Triple> triples, RdfSink into) {
    long n = 0;
    while (triples.hasNext()) {
      Triple t = triples.next();
      into.triple(t.getSubject(), t.getPredicate(), t.getObject(), 0, 0);
      n++;
    }
    return n;
  }

  /** Hands {@code into} the triple of each row as it is read; returns how many. */
  static long ofRows(ResultSet rows, RdfSink into) {
    long n = 0;
    while (rows.hasNext()) {
      Binding row = rows.nextBinding();
      Node s = row.get(S);
      Node p = row.get(P);
      Node o = row.get(O);
      if (s != null && p != null && o != null && !s.isLiteral() && p.isURI()) {
        into.triple(s, p, o, 0, 0);
        n++;
      }
    }
    return n;
  }
}
