package io.github.mlpath.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.CurriculumReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server as a browser-facing service, over raw HTTP on a loopback socket (so the test can send
 * any Host header and any method): Host allow-list, security headers, no TRACE, JSON errors.
 */
class ServerHardeningTest {
  static MlpathServer server;

  @BeforeAll
  static void start() {
    LoadedGraph g = RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled()));
    var ds = DatasetFactory.createTxnMem();
    Txn.executeWrite(ds, () -> ds.getDefaultModel().add(g.model()));
    ServerConfig config =
        new ServerConfig(
            "127.0.0.1",
            0,
            Duration.ofSeconds(5),
            Optional.empty(),
            ServerConfig.DEFAULT_MAX_BODY,
            Set.of("mlpath.lan"));
    server = MlpathServer.start(ds.asDatasetGraph(), Planner.of(CurriculumReader.read(g)), config);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** An answer as it came off the wire. */
  record Answer(int status, String head, String body) {
    String header(String name) {
      Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(head);
      return m.find() ? m.group(1) : null;
    }
  }

  static Answer raw(String method, String target, String host, String extra, byte[] body)
      throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      String head =
          method
              + " "
              + target
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nConnection: close\r\n"
              + extra
              + (body == null ? "" : "Content-Length: " + body.length + "\r\n")
              + "\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String h = split < 0 ? text : text.substring(0, split);
      String b = split < 0 ? "" : text.substring(split + 4);
      return new Answer(Integer.parseInt(h.substring(9, 12)), h, b);
    }
  }

  static Answer get(String target) throws IOException {
    return raw("GET", target, "127.0.0.1:" + server.port(), "", null);
  }

  static void isJsonError(Answer a) {
    assertTrue(String.valueOf(a.header("Content-Type")).startsWith("application/json"), a.head());
    assertTrue(a.body().startsWith("{\"error\":"), a.body());
    assertFalse(a.body().contains("<html"), a.body());
    assertFalse(a.body().contains("Exception"), a.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/ds?query=ASK%7B%7D", "/api/topic?name=derivatives"})
  void aForeignHostGets421AndNoData(String target) throws IOException {
    Answer a = raw("GET", target, "evil.example", "", null);
    assertEquals(421, a.status(), a.head());
    isJsonError(a);
    assertFalse(a.body().contains("derivatives"), a.body());
  }

  @Test
  void localhostIpAddressesAndConfiguredNamesAreAnswered() throws IOException {
    int port = server.port();
    for (String host :
        new String[] {"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "MLPATH.lan"}) {
      Answer a = raw("GET", "/api/topic?name=derivatives", host, "", null);
      assertEquals(200, a.status(), host + ": " + a.head());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/api/topic?name=derivatives", "/ds?query=ASK%7B%7D", "/nonexistent"})
  void everyAnswerCarriesTheSecurityHeaders(String target) throws IOException {
    Answer a = get(target);
    assertEquals("nosniff", a.header("X-Content-Type-Options"), target);
    assertEquals("DENY", a.header("X-Frame-Options"), target);
    assertEquals("no-referrer", a.header("Referrer-Policy"), target);
    String csp = a.header("Content-Security-Policy");
    assertTrue(csp != null && csp.contains("frame-ancestors 'none'"), target + ": " + csp);
    assertFalse(csp.contains("unsafe-inline"), csp);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nonexistent", "/ds/update", "/$/ping", "/", "/api/path"})
  void traceAndOptionsAre405WithoutEcho(String target) throws IOException {
    for (String method : new String[] {"TRACE", "OPTIONS"}) {
      Answer a = raw(method, target, "127.0.0.1", "Authorization: Basic c2VjcmV0\r\n", null);
      assertEquals(405, a.status(), method + " " + target + ": " + a.head());
      isJsonError(a);
      assertFalse(a.body().contains("c2VjcmV0"), a.body());
      assertFalse(String.valueOf(a.header("Allow")).contains("TRACE"), a.head());
    }
  }

  static Answer post(String target, String headers) throws IOException {
    return raw(
        "POST",
        target,
        "127.0.0.1:" + server.port(),
        "Content-Type: application/x-www-form-urlencoded\r\n" + headers,
        "query=ASK%7B%7D".getBytes(StandardCharsets.US_ASCII));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/ds/sparql", "/api/path", "/api/learned", "/nonexistent"})
  void aWriteFromAnotherSiteIs403OnEveryPathEvenOnesNoRouteHasYet(String target)
      throws IOException {
    for (String from :
        new String[] {
          "Origin: https://evil.example\r\n",
          "Origin: null\r\n",
          "Origin: http://127.0.0.1:1\r\n",
          "Sec-Fetch-Site: cross-site\r\n"
        }) {
      Answer a = post(target, from);
      assertEquals(403, a.status(), from + target + ": " + a.head());
      isJsonError(a);
    }
  }

  @Test
  void aWriteFromTheServersOwnPageOrFromAScriptIsAnswered() throws IOException {
    int port = server.port();
    for (String from :
        new String[] {
          "Origin: http://127.0.0.1:" + port + "\r\n", "Sec-Fetch-Site: same-origin\r\n", ""
        }) {
      Answer a = post("/ds/sparql", from);
      assertEquals(200, a.status(), from + ": " + a.head());
    }
  }

  @Test
  void moreFormKeysThanJettyTakesIs400Json() throws IOException {
    StringBuilder form = new StringBuilder("query=ASK%7B%7D");
    for (int i = 0; i < 1001; i++) {
      form.append("&p").append(i).append("=1");
    }
    Answer a =
        raw(
            "POST",
            "/ds/sparql",
            "127.0.0.1",
            "Content-Type: application/x-www-form-urlencoded\r\n",
            form.toString().getBytes(StandardCharsets.US_ASCII));
    assertEquals(400, a.status(), a.head() + a.body());
    isJsonError(a);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/path?goal=%zz",
        "/nonexistent",
        "/ds/sparql?query=SELECT",
        "/ds/update",
        "/index.html/x"
      })
  void everyErrorIsJsonNeverAJettyPage(String target) throws IOException {
    Answer a = get(target);
    assertTrue(a.status() >= 400, target + ": " + a.head());
    isJsonError(a);
  }

  @Test
  void aUriTooLongIsJsonToo() throws IOException {
    Answer a = get("/api/topic?name=" + "x".repeat(2_000_000));
    assertEquals(414, a.status(), a.head());
    assertTrue(a.body().isEmpty() || a.body().startsWith("{\"error\":"), a.body());
    assertFalse(a.body().toLowerCase(Locale.ROOT).contains("<html"), a.body());
  }

  @Test
  void aPortInUseIsAStoreErrorNamingIt() throws IOException {
    try (ServerSocket held = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      StoreException e =
          assertThrows(
              StoreException.class,
              () ->
                  MlpathServer.start(
                      DatasetFactory.createTxnMem().asDatasetGraph(),
                      Planner.of(
                          CurriculumReader.read(
                              RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled())))),
                      ServerConfig.loopback(held.getLocalPort())));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "cannot listen on 127.0.0.1:" + held.getLocalPort() + ": the port is in use"),
          e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hours-per-week=1e-300&start=2027-01-04",
        "hours-per-week=0.0001&start=2027-01-04",
        "hours-per-week=6&start=%2B999999999-12-31",
        "hours-per-week=6&start=2300-01-01"
      })
  void aScheduleOutOfBoundsIs400JsonAndTheServerKeepsAnswering(String params) throws IOException {
    Answer a = get("/api/path?goal=backpropagation&" + params);
    assertEquals(400, a.status(), a.body());
    isJsonError(a);
    assertEquals(200, get("/api/topic?name=derivatives").status());
  }

  @Test
  void aSparqlAnswerPastItsLimitIsCutAndTheConnectionClosedNotEndedAsIfWhole() throws Exception {
    LoadedGraph g = RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled()));
    var ds = DatasetFactory.createTxnMem();
    Txn.executeWrite(ds, () -> ds.getDefaultModel().add(g.model()));
    ServerConfig patient =
        new ServerConfig(
            "127.0.0.1",
            0,
            Duration.ofSeconds(600),
            Optional.empty(),
            ServerConfig.DEFAULT_MAX_BODY);
    MlpathServer s =
        MlpathServer.start(ds.asDatasetGraph(), Planner.of(CurriculumReader.read(g)), patient);
    try (Socket socket = new Socket("127.0.0.1", s.port())) {
      socket.setSoTimeout(120_000);
      byte[] form =
          "query=SELECT%20*%20WHERE%20%7B%20?a%20?b%20?c%20.%20?d%20?e%20?f%20%7D"
              .getBytes(StandardCharsets.US_ASCII);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /ds/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                  + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                  + form.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(form);
      out.flush();
      InputStream in = socket.getInputStream();
      long enough = AnswerLimitFilter.MAX_ANSWER + (2L << 20);
      byte[] buf = new byte[1 << 16];
      byte[] tail = new byte[0];
      long total = 0;
      for (int n; total < enough && (n = in.read(buf)) > 0; ) {
        total += n;
        tail = java.util.Arrays.copyOfRange(buf, Math.max(0, n - 7), n);
      }
      assertTrue(total < AnswerLimitFilter.MAX_ANSWER + (1L << 20), total + " bytes came back");
      assertTrue(total > (1L << 20), total + " bytes came back");
      assertFalse(
          new String(tail, StandardCharsets.US_ASCII).endsWith("\r\n0\r\n\r\n"),
          "the cut answer ended like a whole one");
    } finally {
      s.stop();
    }
  }
}
