package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.mlpath.graph.export.Tools;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * A throwaway Virtuoso open source server (Debian's {@code virtuoso-t}) on two free loopback ports,
 * with its database in a fresh folder under {@code target/}: started for a test class, holding one
 * graph loaded with {@code isql-vt}, and stopped with its folder deleted at the end. Its SPARQL
 * endpoint reads that graph as the default graph. Without {@code virtuoso-t} and {@code isql-vt}
 * the test is skipped, or fails when {@code MLPATH_REQUIRE_TOOLS=1} (as in {@code .ci/run}).
 */
final class VirtuosoServer implements AutoCloseable {
  /** The graph the data is loaded into and the endpoint reads by default. */
  static final String GRAPH = "urn:mlpath:test";

  /** How long the server may take to come up on a busy machine. */
  private static final Duration START = Duration.ofSeconds(120);

  private final Path dir;
  private final int sqlPort;
  private final int httpPort;
  private final Process process;
  private final String isql;

  private VirtuosoServer(String server, String isql) throws IOException {
    this.isql = isql;
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    this.dir = Files.createTempDirectory(target, "virtuoso-");
    this.sqlPort = freePort();
    this.httpPort = freePort();
    Files.writeString(dir.resolve("virtuoso.ini"), ini(), StandardCharsets.UTF_8);
    this.process =
        new ProcessBuilder(server, "-f", "-c", dir.resolve("virtuoso.ini").toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.out").toFile())
            .start();
  }

  /** A running server holding {@code data} in {@link #GRAPH}, or the test is skipped or fails. */
  static VirtuosoServer holding(Model data) throws Exception {
    String server = Tools.program("virtuoso-t");
    String isql = Tools.program("isql-vt", "isql");
    VirtuosoServer v = new VirtuosoServer(server, isql);
    try {
      v.awaitUp();
      v.load(data);
      return v;
    } catch (Exception | AssertionError e) {
      v.close();
      throw e;
    }
  }

  /** The SPARQL endpoint, reading {@link #GRAPH} as its default graph. */
  URI endpoint() {
    return URI.create("http://127.0.0.1:" + httpPort + "/sparql?default-graph-uri=" + GRAPH);
  }

  /**
   * The server's settings: loopback ports, small buffers, and two limits raised from their
   * defaults, which would otherwise cut answers short with HTTP 200: {@code ResultSetMaxRows}
   * (10,000 rows or triples by default) and {@code MaxQueryExecutionTime} (an "anytime" query
   * returns what it found so far); the latter stays short so a runaway test query stops soon.
   */
  private String ini() {
    String d = dir.toString();
    return String.join(
        "\n",
        "[Database]",
        "DatabaseFile = " + d + "/virtuoso.db",
        "ErrorLogFile = " + d + "/virtuoso.log",
        "LockFile = " + d + "/virtuoso.lck",
        "TransactionFile = " + d + "/virtuoso.trx",
        "xa_persistent_file = " + d + "/virtuoso.pxa",
        "TempStorage = TempDatabase",
        "[TempDatabase]",
        "DatabaseFile = " + d + "/virtuoso-temp.db",
        "TransactionFile = " + d + "/virtuoso-temp.trx",
        "[Parameters]",
        "ServerPort = 127.0.0.1:" + sqlPort,
        "DisableUnixSocket = 1",
        "DirsAllowed = ., " + d,
        "NumberOfBuffers = 10000",
        "MaxDirtyBuffers = 6000",
        "CheckpointInterval = 0",
        "ThreadsPerQuery = 1",
        "[HTTPServer]",
        "ServerPort = 127.0.0.1:" + httpPort,
        "ServerRoot = " + d,
        "ServerThreads = 4",
        "[SPARQL]",
        "ResultSetMaxRows = 1000000",
        "MaxQueryExecutionTime = 10",
        "");
  }

  private void awaitUp() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ask =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + "/sparql?query=ASK%7B%7D"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long end = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        fail("virtuoso-t ended with exit code " + process.exitValue() + ": " + log());
      }
      try {
        if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    fail("virtuoso-t did not answer within " + START.toSeconds() + " s: " + log());
  }

  private void load(Model data) throws IOException, InterruptedException {
    Path file = dir.resolve("data.nt");
    try (OutputStream out = Files.newOutputStream(file)) {
      RDFDataMgr.write(out, data, Lang.NTRIPLES);
    }
    String sql =
        "DB.DBA.TTLP_MT(file_to_string_output('"
            + file
            + "'), '', '"
            + GRAPH
            + "', 0); checkpoint;";
    Process p =
        new ProcessBuilder(isql, "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + sql)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(START.toSeconds(), TimeUnit.SECONDS)
        || p.exitValue() != 0
        || out.contains("Error")) {
      fail("isql-vt could not load the data: " + out);
    }
  }

  private String log() {
    try {
      Path log = dir.resolve("virtuoso.log");
      Path out = dir.resolve("server.out");
      return (Files.exists(log) ? Files.readString(log) : "")
          + (Files.exists(out) ? Files.readString(out) : "");
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(VirtuosoServer::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
