package io.github.mlpath.graph.store;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A loopback SPARQL endpoint that answers every query with the same N-Triples and the headers it is
 * given (an engine's {@code Server}, Virtuoso's signs of a cut answer), and keeps the queries it
 * was asked.
 */
final class FakeEndpoint implements AutoCloseable {
  private final HttpServer server;
  private final List<String> queries = new CopyOnWriteArrayList<>();

  FakeEndpoint(String ntriples, Map<String, String> headers) throws IOException {
    this(ntriples, headers, Map.of());
  }

  /**
   * Answers a CONSTRUCT with {@code ntriples} and {@code headers}, a SELECT with one row of one
   * column and {@code headers} plus {@code selectHeaders}.
   */
  FakeEndpoint(String ntriples, Map<String, String> headers, Map<String, String> selectHeaders)
      throws IOException {
    this(
        ntriples.getBytes(StandardCharsets.UTF_8),
        "application/n-triples",
        0,
        headers,
        selectHeaders);
  }

  /**
   * Answers a CONSTRUCT with {@code body} as {@code type}, announcing {@code missing} more bytes
   * than it sends (then closing the connection: an answer cut on the way), and a SELECT as above.
   */
  static FakeEndpoint answering(byte[] body, String type, int missing) throws IOException {
    return new FakeEndpoint(body, type, missing, Map.of(), Map.of());
  }

  /**
   * Answers as Jena Fuseki does (it numbers its answers, {@code Fuseki-Request-Id}): a CONSTRUCT
   * with {@code graph} as N-Triples, a SELECT of {@code ?s ?p ?o} with {@code rows} as Thrift rows,
   * announcing {@code missing} more bytes than it sends, and a SELECT as above.
   */
  static FakeEndpoint fuseki(byte[] graph, byte[] rows, int missing) throws IOException {
    Map<String, String> numbered = Map.of("Fuseki-Request-Id", "1");
    return new FakeEndpoint(
        query ->
            TRIPLE_ROWS.matcher(query).find()
                ? new Reply(rows, "application/sparql-results+thrift", missing)
                : new Reply(graph, "application/n-triples", 0),
        numbered,
        Map.of());
  }

  private static final Pattern TRIPLE_ROWS = Pattern.compile("SELECT\\s+\\?s\\s+\\?p\\s+\\?o");

  private FakeEndpoint(
      byte[] answer,
      String type,
      int missing,
      Map<String, String> headers,
      Map<String, String> selectHeaders)
      throws IOException {
    this(query -> new Reply(answer, type, missing), headers, selectHeaders);
  }

  /** An answer's body, its type, and how many more bytes than it has are announced. */
  private record Reply(byte[] body, String type, int missing) {}

  private FakeEndpoint(
      Function<String, Reply> answers,
      Map<String, String> headers,
      Map<String, String> selectHeaders)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/sparql",
        exchange -> {
          String query = queryOf(exchange.getRequestURI(), exchange.getRequestBody());
          queries.add(query);
          boolean select = query.contains("SELECT (1 AS ?x)");
          headers.forEach(exchange.getResponseHeaders()::add);
          if (select) {
            selectHeaders.forEach(exchange.getResponseHeaders()::add);
          }
          Reply reply =
              select
                  ? new Reply("\"x\"\r\n1\r\n".getBytes(StandardCharsets.UTF_8), "text/csv", 0)
                  : answers.apply(query);
          exchange.getResponseHeaders().add("Content-Type", reply.type());
          exchange.sendResponseHeaders(200, reply.body().length + reply.missing());
          exchange.getResponseBody().write(reply.body());
          exchange.close();
        });
    server.start();
  }

  private static String queryOf(URI uri, InputStream body) throws IOException {
    String form = new String(body.readAllBytes(), StandardCharsets.UTF_8);
    String raw = form.isEmpty() ? uri.getRawQuery() : form;
    for (String pair : raw.split("&")) {
      if (pair.startsWith("query=")) {
        return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql");
  }

  /** The queries asked so far, in order. */
  List<String> queries() {
    return List.copyOf(queries);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
