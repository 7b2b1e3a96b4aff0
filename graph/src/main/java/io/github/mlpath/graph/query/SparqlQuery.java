package io.github.mlpath.graph.query;

import io.github.mlpath.graph.QueryRefusedException;
import io.github.mlpath.graph.QuerySyntaxException;
import io.github.mlpath.graph.vocab.MLP;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;

/**
 * A SPARQL 1.1 query that parsed, with the vocabulary's prefixes predeclared, and that is safe to
 * run: it reads only the store it is asked of. Immutable.
 *
 * <pre>{@code
 * SparqlQuery q = SparqlQuery.parse("SELECT ?t WHERE { ?t mlp:requires topic:derivatives }");
 * }</pre>
 *
 * @param query the parsed query; treat it as read-only
 * @param text the text as given
 */
public record SparqlQuery(Query query, String text) {

  /** The base IRI of relative IRIs in a query; never a file. */
  public static final String BASE = "https://w3id.org/mlpath/";

  /**
   * Parses and checks a query.
   *
   * @throws QuerySyntaxException with the line and column of a syntax error
   * @throws QueryRefusedException for {@code FROM}, {@code FROM NAMED} or {@code SERVICE}
   */
  public static SparqlQuery parse(String text) {
    SparqlPolicy.applyProcessWide();
    Query q = new Query();
    q.setPrefixMapping(prefixes());
    try {
      QueryFactory.parse(q, text, BASE, Syntax.syntaxSPARQL_11);
    } catch (QueryParseException e) {
      throw new QuerySyntaxException(e.getLine(), e.getColumn(), detail(e));
    }
    SparqlPolicy.check(q);
    return new SparqlQuery(q, text);
  }

  /** The predeclared prefixes ({@link MLP#PREFIXES}) as a Jena prefix mapping. */
  public static PrefixMapping prefixes() {
    PrefixMapping pm = PrefixMapping.Factory.create();
    pm.setNsPrefixes(MLP.PREFIXES);
    return pm;
  }

  private static String detail(QueryParseException e) {
    String m = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
    m = m.replaceFirst("^(?i)line \\d+, column \\d+:\\s*", "");
    int nl = m.indexOf('\n');
    String first = nl < 0 ? m : m.substring(0, nl);
    return first.replaceFirst("\\s*at line \\d+, column \\d+\\.?$", "").strip();
  }
}
