package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SPARQL endpoint's bounds on {@code mlpath serve}, a real process over raw HTTP: at most four
 * queries at once (the fifth waits the query timeout, then gets 503 as JSON) and no answer past 32
 * MiB (it is cut and the connection closed, so it cannot pass for a whole one). No close race with
 * a clock: a query holds its turn because its client stops reading, and the answer is cut by size.
 */
class ServeBoundsTest {
  /** A cross product of the bundled curriculum: far more rows than any bound lets through. */
  private static final String CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";

  private static final long MAX_ANSWER = 32L << 20;

  @Test
  void theFifthQueryAtOnceWaitsTheTimeoutThenGets503AsJson() throws Exception {
    // Each holder's query fills the loopback socket's buffers (a megabyte or two) well within the
    // 10 s timeout, then blocks: it keeps its turn until Jetty's 30 s idle timeout, long after
    // the fifth has waited its 10 s.
    Process p = MlpathProcess.builder("serve", "--port", "0", "--timeout", "10").start();
    List<Socket> holders = new ArrayList<>();
    try {
      int port = port(p);
      for (int i = 0; i < 4; i++) {
        Socket s = holder(port);
        send(s, CROSS);
        assertEquals("HTTP/1.1 200 OK", statusLine(s.getInputStream()));
        holders.add(s);
      }
      Socket fifth = new Socket("127.0.0.1", port);
      send(fifth, "ASK { ?s ?p ?o }");
      String answer = new String(readToEnd(fifth.getInputStream()), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 503 "), answer);
      assertTrue(answer.contains("Content-Type: application/json"), answer);
      assertTrue(answer.contains("{\"error\":\"the server is busy: 4 queries are running"), answer);
    } finally {
      for (Socket s : holders) {
        s.close();
      }
      p.destroyForcibly();
    }
  }

  @Test
  void anAnswerPast32MiBIsCutAndTheConnectionClosedAndTheServerGoesOn() throws Exception {
    Process p = MlpathProcess.builder("serve", "--port", "0", "--timeout", "600").start();
    try {
      int port = port(p);
      try (Socket s = new Socket("127.0.0.1", port)) {
        send(s, CROSS);
        byte[] wire = readToEnd(s.getInputStream());
        String text = new String(wire, StandardCharsets.ISO_8859_1);
        String head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
        assertTrue(head.startsWith("HTTP/1.1 200 OK"), head);
        assertTrue(head.contains("Transfer-Encoding: chunked"), head);
        String tail =
            new String(wire, Math.max(0, wire.length - 5), 5, StandardCharsets.ISO_8859_1);
        assertFalse(tail.equals("0\r\n\r\n"), "the cut answer must not end like a whole one");
        // what the server sent just before the abort may be lost with the connection's reset
        assertTrue(wire.length > MAX_ANSWER / 2, "cut early: " + wire.length + " bytes");
        assertTrue(wire.length < MAX_ANSWER + (1 << 20), "not cut: " + wire.length + " bytes");
      }
      try (Socket s = new Socket("127.0.0.1", port)) {
        send(s, "ASK { ?s ?p ?o }");
        String answer = new String(readToEnd(s.getInputStream()), StandardCharsets.UTF_8);
        assertTrue(answer.startsWith("HTTP/1.1 200 OK"), answer);
        assertTrue(answer.contains("\"boolean\" : true"), answer);
      }
    } finally {
      p.destroyForcibly();
    }
  }

  /**
   * A client that reads its answer's first bytes and then nothing: its query blocks on a full
   * socket and keeps its turn until the connection closes. A small receive buffer makes the socket
   * fill long before the answer limit.
   */
  private static Socket holder(int port) throws IOException {
    Socket s = new Socket();
    s.setReceiveBufferSize(16 << 10);
    s.connect(new java.net.InetSocketAddress("127.0.0.1", port));
    return s;
  }

  /** Sends a query; the server closes the connection after an ASK, and aborts a cut answer. */
  private static void send(Socket s, String query) throws IOException {
    s.setSoTimeout((int) MlpathProcess.BOUND.toMillis());
    String target = "/ds/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    String request =
        "GET "
            + target
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/sparql-results+json\r\n"
            + (query.startsWith("ASK") ? "Connection: close\r\n" : "")
            + "\r\n";
    s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
  }

  private static String statusLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      line.write(b);
    }
    return line.toString(StandardCharsets.US_ASCII).strip();
  }

  private static byte[] readToEnd(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    try {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        all.write(buf, 0, n);
      }
    } catch (java.net.SocketException reset) {
      // a connection the server aborts may end in a reset rather than a clean close
    }
    return all.toByteArray();
  }

  /** The port from the banner a started {@code serve} prints first. */
  private static int port(Process p) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String banner = out.readLine();
    Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(String.valueOf(banner));
    assertTrue(m.find(), String.valueOf(banner));
    return Integer.parseInt(m.group(1));
  }
}
