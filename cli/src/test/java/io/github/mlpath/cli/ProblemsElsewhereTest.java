package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Planning on data with errors (problems/elsewhere.ttl): a question whose topics no error concerns
 * is answered, saying how many errors it ignored and how to see them; one whose topics an error
 * concerns is refused with it, at its file and line.
 */
class ProblemsElsewhereTest {
  static final String DATA = Run.fixture("problems/elsewhere.ttl");
  static final String IGNORED =
      "mlpath: 2 problems outside the topics this answer needs ignored; 'mlpath validate "
          + DATA
          + "' lists them";
  static final String UNDEFINED =
      "mlpath: "
          + DATA
          + ":16:31: error: topic 'clustering' requires undefined topic 'graph-theory'"
          + " [undefined-topic]";
  static final String UNLABELLED = DATA + ":18:1: error: topic has no skos:prefLabel";

  static Run run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = DATA;
    return Run.of(all);
  }

  static void answeredDespiteTwoErrors(Run r) {
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains(IGNORED + "\n"), r.err());
  }

  static void refusedWith(String line, Run r) {
    assertEquals(4, r.exitCode(), r.err());
    assertTrue(r.err().contains(line), r.err());
    assertEquals("", r.out());
  }

  @Test
  void pathPlansWhenTheErrorsLieOutsideTheGoalsPrerequisites() {
    Run r = run("path", "--goal", "logistic regression");
    answeredDespiteTwoErrors(r);
    assertTrue(r.out().startsWith("Path to Logistic regression (jit): 2 steps, 5.0 h"), r.out());
  }

  @Test
  void anErrorOnTheGoalOrOnAPrerequisiteOfItRefusesAtItsFileAndLine() {
    refusedWith(UNDEFINED, run("path", "--goal", "clustering"));
    refusedWith(UNDEFINED, run("path", "--goal", "image segmentation"));
    refusedWith(UNDEFINED, run("path", "--goal", "logistic-regression", "--goal", "segmentation"));
  }

  @Test
  void needWhyTopicAndAnExportedPathAreAnsweredDespiteErrorsElsewhere() {
    answeredDespiteTwoErrors(run("need", "logistic-regression"));
    answeredDespiteTwoErrors(run("why", "logistic-regression", "vectors"));
    answeredDespiteTwoErrors(run("topic", "vectors"));
    Run export = run("export", "--path-to", "logistic-regression", "--format", "mermaid");
    answeredDespiteTwoErrors(export);
    assertTrue(export.out().contains("Path to Logistic regression"), export.out());
    refusedWith(UNDEFINED, run("need", "segmentation"));
    refusedWith(UNDEFINED, run("export", "--path-to", "segmentation", "--format", "mermaid"));
  }

  @Test
  void exportingEverythingMeetsEveryErrorSoItRefuses() {
    refusedWith(UNDEFINED + " (and 1 more;", run("export", "--format", "mermaid"));
  }

  @Test
  void nextChecksTheTopicsItListsAsReady() {
    Run first = run("next");
    answeredDespiteTwoErrors(first);
    assertTrue(first.out().contains("Ready to learn (1)"), first.out());
    // with vectors known, clustering would be listed as ready although one of its requirements is
    // missing from the data
    refusedWith(UNDEFINED, run("next", "--known", "vectors"));
  }

  @Test
  void usedForRefusesWhenATopicThatNeedsItHasAnError() {
    refusedWith(UNLABELLED, run("used-for", "logistic-regression"));
    answeredDespiteTwoErrors(run("used-for", "segmentation"));
  }

  @Test
  void jsonAnswersCarryHowManyErrorsWereIgnoredAndWhatListsThem() throws Exception {
    Run r = run("path", "--goal", "logistic-regression", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(2, json.path("ignoredProblems").path("count").asInt(), r.out());
    assertEquals("mlpath validate " + DATA, json.path("ignoredProblems").path("listedBy").asText());
    assertEquals("logistic-regression", json.path("goals").path(0).path("id").asText(), r.out());
  }

  @Test
  void validateListsExactlyTheErrorsThatPlanningIgnored() {
    Run r = Run.of("validate", DATA);
    assertEquals(4, r.exitCode());
    assertTrue(r.out().contains(DATA + ":16:31: error:"), r.out());
    assertTrue(r.out().contains(UNLABELLED), r.out());
    assertTrue(r.out().contains("invalid: 2 errors"), r.out());
  }

  @Test
  void aFileThatDoesNotParseRefusesEveryQuestion() {
    Run r = Run.of("path", "--goal", "vectors", "--data", Run.fixture("syntax-error.ttl"));
    assertEquals(4, r.exitCode());
    assertTrue(r.err().contains("syntax-error.ttl:12:1:"), r.err());
    assertFalse(r.err().contains("ignored"), r.err());
  }

  @Test
  void theApiAnswersDespiteErrorsElsewhereAndRefusesThoseOnTheWayWith422() throws Exception {
    Process p = MlpathProcess.builder("serve", "--port", "0", "--data", DATA).start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String banner = out.readLine();
      Matcher m = Pattern.compile("web app at (http://127\\.0\\.0\\.1:\\d+)/").matcher(banner);
      assertTrue(m.find(), banner);
      assertTrue(out.readLine().startsWith("the data has 2 errors:"));
      String base = m.group(1);
      HttpResponse<String> path = get(base + "/api/path?goal=logistic-regression");
      assertEquals(200, path.statusCode(), path.body());
      JsonNode json = new ObjectMapper().readTree(path.body());
      assertEquals(2, json.path("ignoredProblems").path("count").asInt(), path.body());
      assertEquals(2, json.path("steps").size(), path.body());
      HttpResponse<String> refused = get(base + "/api/path?goal=segmentation");
      assertEquals(422, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("requires undefined topic 'graph-theory'"));
      assertEquals(422, get(base + "/api/next?known=vectors").statusCode());
      assertEquals(200, get(base + "/api/next").statusCode());
    } finally {
      p.destroyForcibly();
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofString());
  }
}
