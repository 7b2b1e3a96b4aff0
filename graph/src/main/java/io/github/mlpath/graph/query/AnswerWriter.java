package io.github.mlpath.graph.query;

import io.github.mlpath.graph.QueryTimeoutException;
import java.io.OutputStream;
import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Runs a query execution to the end, then writes its answer: the whole answer is computed first, so
 * a query that times out writes nothing.
 */
public final class AnswerWriter {
  private AnswerWriter() {}

  /**
   * Executes {@code qe} (closing it) and writes the answer in {@code format}.
   *
   * @throws QueryTimeoutException when the execution is cancelled by its timeout
   */
  public static void write(
      QueryExecution qe,
      SparqlQuery query,
      AnswerFormat format,
      Duration timeout,
      OutputStream out) {
    try (qe) {
      var q = query.query();
      if (q.isSelectType()) {
        ResultSet rs = ResultSetFactory.copyResults(qe.execSelect());
        writeResults(rs, format, query, out);
      } else if (q.isAskType()) {
        writeBoolean(qe.execAsk(), format, out);
      } else {
        Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
        m.setNsPrefixes(SparqlQuery.prefixes());
        RDFDataMgr.write(out, m, graphLang(format));
      }
    } catch (QueryCancelledException e) {
      throw new QueryTimeoutException(timeout, e);
    }
  }

  /** Writes the answer to an ASK query in {@code format}. */
  public static void writeBoolean(boolean yes, AnswerFormat format, OutputStream out) {
    if (format == AnswerFormat.TABLE) {
      ResultSetFormatter.out(out, yes);
    } else {
      ResultSetMgr.write(out, yes, resultLang(format));
    }
  }

  private static void writeResults(
      ResultSet rs, AnswerFormat format, SparqlQuery query, OutputStream out) {
    if (format == AnswerFormat.TABLE) {
      ResultSetFormatter.out(out, rs, query.query().getPrefixMapping());
    } else {
      ResultSetMgr.write(out, rs, resultLang(format));
    }
  }

  private static Lang resultLang(AnswerFormat f) {
    return switch (f) {
      case CSV -> ResultSetLang.RS_CSV;
      case TSV -> ResultSetLang.RS_TSV;
      case XML -> ResultSetLang.RS_XML;
      default -> ResultSetLang.RS_JSON;
    };
  }

  private static Lang graphLang(AnswerFormat f) {
    return switch (f) {
      case NTRIPLES -> Lang.NTRIPLES;
      case JSONLD -> Lang.JSONLD;
      default -> Lang.TURTLE;
    };
  }
}
