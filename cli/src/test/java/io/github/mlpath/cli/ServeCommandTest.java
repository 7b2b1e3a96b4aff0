package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.cli.request.ExitCodes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code mlpath serve} as a user runs it: a real process, real HTTP, stopped by SIGTERM. */
class ServeCommandTest {
  @Test
  void servesUntilSigtermThenStopsCleanly() throws Exception {
    Process p = MlpathProcess.builder("serve", "--port", "0").start();
    try {
      String base = baseUrl(p);
      HttpClient http = HttpClient.newHttpClient();
      var topic =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/topic?name=Derivative")).build(),
              BodyHandlers.ofString());
      assertEquals(200, topic.statusCode(), topic.body());
      assertTrue(topic.body().contains("\"derivatives\""), topic.body());

      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
      assertThrows(
          ConnectException.class,
          () ->
              http.send(
                  HttpRequest.newBuilder(URI.create(base + "/")).build(), BodyHandlers.ofString()));
    } finally {
      p.destroyForcibly();
    }
  }

  /** The server's address, from the banner a started {@code serve} prints first. */
  private static String baseUrl(Process p) throws java.io.IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String banner = out.readLine();
    assertTrue(banner != null && banner.startsWith("serving "), String.valueOf(banner));
    Matcher m = Pattern.compile("web app at (http://127\\.0\\.0\\.1:\\d+)/").matcher(banner);
    assertTrue(m.find(), banner);
    return m.group(1);
  }

  @Test
  void aQueryTooBigForTheHeapIs503JsonAndTheServerKeepsAnswering() throws Exception {
    Process p =
        MlpathProcess.builder(
                List.of("-Xmx160m", "-XX:+UseSerialGC"), "serve", "--port", "0", "--timeout", "300")
            .start();
    try {
      String base = baseUrl(p);
      HttpClient http = HttpClient.newHttpClient();
      String query =
          "SELECT (GROUP_CONCAT(STR(?c)) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
      var big =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/ds/sparql"))
                  .timeout(MlpathProcess.BOUND)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                  .build(),
              BodyHandlers.ofString());
      assertEquals(503, big.statusCode(), big.body());
      assertTrue(big.body().startsWith("{\"error\":\"the query needed more memory"), big.body());
      var topic =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/topic?name=derivatives")).build(),
              BodyHandlers.ofString());
      assertEquals(200, topic.statusCode(), topic.body());
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void aPortInUseIsOneLineAndExit5() throws Exception {
    try (java.net.ServerSocket held =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      MlpathProcess.Result r =
          MlpathProcess.run("serve", "--port", Integer.toString(held.getLocalPort()));
      assertEquals(ExitCodes.STORE, r.exitCode(), r.err());
      assertEquals(1, r.errLines().size(), r.err());
      assertTrue(
          r.err().startsWith("mlpath: cannot listen on 127.0.0.1:" + held.getLocalPort()), r.err());
    }
  }
}
