package io.github.mlpath.graph.query;

import io.github.mlpath.graph.QueryRefusedException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * mlpath's SPARQL policy: a query reads the store it runs on and nothing else. {@link #check}
 * refuses {@code FROM} and {@code FROM NAMED} (Jena would load a {@code file:} or {@code http:}
 * IRI) and {@code SERVICE}, wherever it hides (optional parts, sub-queries, {@code EXISTS} in a
 * filter); {@link SparqlQuery#parse} applies it to every query. As a second wall, {@link
 * #applyProcessWide} switches SERVICE off in ARQ for the whole process: {@link SparqlQuery#parse}
 * calls it before the first query, and so does the server before it takes requests. (It is not
 * called at start-up: a command that plans from a snapshot loads no Jena class at all.)
 */
public final class SparqlPolicy {
  private SparqlPolicy() {}

  /** Switches SERVICE off in ARQ for this process, whatever runs a query; safe to call again. */
  public static void applyProcessWide() {
    ARQ.globalServiceAllowed = false;
  }

  /**
   * Checks a parsed query.
   *
   * @throws QueryRefusedException naming what is not allowed
   */
  public static void check(Query q) {
    if (!q.getGraphURIs().isEmpty() || !q.getNamedGraphURIs().isEmpty()) {
      String iri =
          !q.getGraphURIs().isEmpty() ? q.getGraphURIs().get(0) : q.getNamedGraphURIs().get(0);
      throw new QueryRefusedException(
          "FROM and FROM NAMED are not allowed (found <"
              + iri
              + ">): a query reads the curriculum store only, never files or URLs");
    }
    if (q.getQueryPattern() == null) {
      return;
    }
    Deque<Op> todo = new ArrayDeque<>();
    todo.push(Algebra.compile(q));
    while (!todo.isEmpty()) {
      Walker.walk(
          todo.pop(),
          new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
              throw new QueryRefusedException(
                  "SERVICE is not allowed (found SERVICE "
                      + op.getService()
                      + "): a query never calls other servers");
            }
          },
          new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp f) {
              todo.push(f.getGraphPattern());
            }
          });
    }
  }
}
