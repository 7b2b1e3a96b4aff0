package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
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
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String banner = out.readLine();
      assertTrue(banner != null && banner.startsWith("serving "), String.valueOf(banner));
      Matcher m = Pattern.compile("web app at (http://127\\.0\\.0\\.1:\\d+)/").matcher(banner);
      assertTrue(m.find(), banner);
      String base = m.group(1);
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
}
