package io.github.mlpath.graph.store;

import io.github.mlpath.graph.SourceSpec;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.load.RdfSink;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.AnswerWriter;
import io.github.mlpath.graph.query.SparqlQuery;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.jena.atlas.AtlasException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Any SPARQL 1.1 query endpoint over HTTP. Every request has a deadline for the whole answer, from
 * connecting to its last byte: the fetch timeout for the subgraphs planning needs, the query's own
 * timeout for {@code mlpath query}. An endpoint that does not answer in time, or answers with an
 * error, is a {@link StoreException} naming it. A long query is sent as an HTML form (SPARQL 1.1
 * protocol, "query via URL-encoded POST"), which every engine reads: Virtuoso 7 never answers a
 * query posted directly as {@code application/sparql-query}.
 */
final class EndpointSource extends FetchingSource {
  /** How long one fetch of a subgraph may take by default. */
  static final Duration FETCH_TIMEOUT =
      Duration.ofSeconds(SourceSpec.Endpoint.DEFAULT_TIMEOUT_SECONDS);

  /**
   * The formats a fetched graph is asked in, best first: Turtle, then N-Triples. Not RDF Thrift:
   * when a Thrift graph breaks off, Jena's parser spins on the broken stream until the deadline.
   * Virtuoso 7 reads no weights and answers the first format of the list that it knows (with an
   * unknown one first, Turtle); its N-Triples, though written faster, plan differently on the
   * contract's curriculum (docs/benchmarks.md, "Seventh run, session 6"). Fuseki is asked for rows
   * ({@link AnswerTriples}) where it matters.
   */
  private static final String GRAPH_FORMATS = "text/turtle, application/n-triples;q=0.9, */*;q=0.5";

  private final URI url;
  private final EndpointFailures failures;
  private final Duration fetchTimeout;
  private final HttpClient http;
  private final VirtuosoClosure virtuosoClosure =
      new VirtuosoClosure(levels::parts, this::constructText);

  /** Whether the last answer came from Virtuoso (its {@code Server} header). */
  private volatile boolean virtuoso;

  /** Whether the last answer came from Jena Fuseki (its {@code Fuseki-Request-Id} header). */
  private volatile boolean fuseki;

  /** The size below which Virtuoso's answers are known not to be cut at its row limit. */
  private volatile long wholeBelow;

  /** The checks of streamed answers still running ({@link #checkWholeLater}). */
  private final Queue<Future<?>> checks = new ConcurrentLinkedQueue<>();

  EndpointSource(URI url, Duration fetchTimeout) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new StoreException("endpoint " + url + " is not an http or https URL");
    }
    this.url = url;
    this.failures = new EndpointFailures(url);
    this.fetchTimeout = fetchTimeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(fetchTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public Model construct(Query query) {
    Model graph = run(fetchTimeout, QueryExecution::execConstruct, b -> b.query(query));
    checkWhole(graph.size());
    return graph;
  }

  /**
   * Streams the answer into {@code into} as it arrives: no graph of it is built. Fuseki is asked a
   * graph of {@code ?s ?p ?o} as rows, which it sends as it finds them ({@link AnswerTriples}).
   */
  @Override
  public long construct(Query query, RdfSink into) {
    Optional<Query> rows = fuseki ? AnswerTriples.select(query) : Optional.empty();
    if (rows.isPresent()) {
      return run(
          fetchTimeout,
          qe -> AnswerTriples.filed(into, sink -> AnswerTriples.ofRows(qe.execSelect(), sink)),
          b -> b.query(rows.get()).acceptHeaderSelectQuery(AnswerTriples.ROW_FORMATS));
    }
    return streamed(b -> b.query(query), into);
  }

  /** Runs a CONSTRUCT query written in the engine's own syntax, which Jena does not parse. */
  private void constructText(String text, RdfSink into) {
    streamed(b -> b.queryString(text), into);
  }

  /**
   * A graph's answer, handed on as Jena parses it: on a thread of its own (its AsyncParser) for
   * Turtle, so no second thread files it (one more hand-over cost CPU on Virtuoso's answers).
   */
  private long streamed(UnaryOperator<QueryExecutionHTTPBuilder> query, RdfSink into) {
    long n = run(fetchTimeout, qe -> AnswerTriples.ofGraph(qe.execConstructTriples(), into), query);
    checkWholeLater(n);
    return n;
  }

  /**
   * Refuses a graph of {@code n} triples that may have been cut short. Virtuoso cuts a CONSTRUCT's
   * answer at its {@code ResultSetMaxRows} with no sign of it, but says so on a SELECT ({@code
   * X-SPARQL-MaxRows}): so a graph of n triples is checked by asking for n + 1 rows of one
   * constant, which {@link #run} refuses if they are cut; then every answer up to that size is
   * known whole.
   */
  private void checkWhole(long n) {
    if (virtuoso && n >= wholeBelow) {
      rowsWhole(n + 1);
      wholeBelow = n + 1;
    }
  }

  /**
   * {@link #checkWhole} in the background, for a streamed answer: the check runs on the engine
   * while the reader checks the answer, and {@link #settle} waits for it.
   */
  private void checkWholeLater(long n) {
    if (virtuoso && n >= wholeBelow) {
      wholeBelow = n + 1;
      checks.add(Deadline.inBackground(() -> rowsWhole(n + 1)));
    }
  }

  private void rowsWhole(long rows) {
    run(
        fetchTimeout,
        qe -> qe.execSelect().hasNext(),
        b ->
            b.queryString("SELECT (1 AS ?x) WHERE { ?s ?p ?o } LIMIT " + rows)
                .acceptHeaderSelectQuery("text/csv"));
  }

  /** Waits for the checks begun in the background; throws what the first of them threw. */
  @Override
  void settle() {
    for (Future<?> check = checks.poll(); check != null; check = checks.poll()) {
      Deadline.await(check);
    }
  }

  /** On Virtuoso, its own transitive option; on any other engine, the portable query. */
  @Override
  void closureInOneGo(List<String> seedIris, RdfSink into) {
    if (virtuoso) {
      virtuosoClosure.closureOf(seedIris, into);
    } else {
      super.closureInOneGo(seedIris, into);
    }
  }

  @Override
  public void answer(SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out) {
    if (query.query().isAskType()) {
      Query select = asSelect(query.query());
      boolean yes = run(timeout, qe -> qe.execSelect().hasNext(), b -> b.query(select));
      AnswerWriter.writeBoolean(yes, format, out);
      return;
    }
    run(
        timeout,
        qe -> {
          AnswerWriter.write(qe, query, format, timeout, out);
          return null;
        },
        b -> b.query(query.query()));
  }

  /**
   * An ASK query as the SELECT of one row that answers it the same way: some engines (Virtuoso 7,
   * see docs/benchmarks.md) answer ASK with a table instead of a boolean.
   */
  private static Query asSelect(Query ask) {
    Query select = ask.cloneQuery();
    select.setQuerySelectType();
    select.setQueryResultStar(false);
    select.addResultVar("yes", NodeValue.makeInteger(1));
    select.setLimit(1);
    return select;
  }

  /**
   * Runs the query {@code query} sets on a request, then {@code work} on its answer, within {@code
   * limit}. The answer's headers say which engine answered, and whether it cut the answer short.
   */
  private <T> T run(
      Duration limit,
      Function<QueryExecution, T> work,
      UnaryOperator<QueryExecutionHTTPBuilder> query) {
    AnswerHeaders answer = new AnswerHeaders(http);
    QueryExecution qe =
        query
            .apply(QueryExecutionHTTP.service(url.toString()).httpClient(answer))
            .sendMode(QuerySendMode.asGetWithLimitForm)
            .acceptHeaderGraph(GRAPH_FORMATS)
            .timeout(limit.toMillis(), TimeUnit.MILLISECONDS)
            .build();
    try {
      T result = Deadline.within(limit, () -> closing(qe, work), qe::abort);
      answer
          .cut()
          .ifPresent(
              why -> {
                throw new StoreException("endpoint " + url + " did not answer in full: " + why);
              });
      return result;
    } catch (TimeoutException e) {
      throw failures.late(limit, e);
    } catch (HttpException | QueryExceptionHTTP e) {
      throw failures.unreachable(e, limit);
    } catch (RiotException | AtlasException e) {
      throw failures.unreadable(e);
    } finally {
      answer.server().ifPresent(server -> virtuoso = server.startsWith("Virtuoso/"));
      fuseki = answer.fuseki();
    }
  }

  /**
   * The work, then closing the execution, both on the deadline's thread: closing reads what is left
   * of the answer, so an endpoint that stalls mid-answer would block the caller past the deadline
   * if it closed the execution itself.
   */
  private static <T> T closing(QueryExecution qe, Function<QueryExecution, T> work) {
    try {
      return work.apply(qe);
    } finally {
      qe.close();
    }
  }

  @Override
  public String description() {
    return "endpoint " + url;
  }

  @Override
  public void close() {
    // the client's connections close with it
  }

  @Override
  public Optional<DatasetGraph> servableDataset() {
    return Optional.empty();
  }
}
