package io.github.mlpath.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpath.cli.Run;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.CurriculumReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real server on an ephemeral loopback port, over real HTTP: the API answers, and every request
 * the issue says must be refused is refused, with the data unchanged.
 */
class MlpathServerTest {
  static MlpathServer server;
  static Planner planner;
  static DatasetGraph dataset;
  static long triples;

  /**
   * A fresh client for every request: the server closes a connection after refusing a body it did
   * not read, and a pooled connection reused after that would fail on the client's side.
   */
  static final class Fresh {
    <T> HttpResponse<T> send(HttpRequest r, HttpResponse.BodyHandler<T> h) throws Exception {
      return HttpClient.newHttpClient().send(r, h);
    }
  }

  static final Fresh http = new Fresh();

  @BeforeAll
  static void start() {
    LoadedGraph g = RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled()));
    var ds = DatasetFactory.createTxnMem();
    Txn.executeWrite(ds, () -> ds.getDefaultModel().add(g.model()));
    dataset = ds.asDatasetGraph();
    triples = g.model().size();
    ServerConfig config =
        new ServerConfig(
            "127.0.0.1",
            0,
            Duration.ofSeconds(1),
            Optional.of("https://allowed.example"),
            ServerConfig.DEFAULT_MAX_BODY,
            java.util.Set.of());
    planner = Planner.of(CurriculumReader.read(g));
    server = MlpathServer.start(dataset, planner, config);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).build(), BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String type, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", type)
            .POST(BodyPublishers.ofString(body))
            .build(),
        BodyHandlers.ofString());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static long size() {
    return Txn.calculateRead(dataset, () -> (long) dataset.getDefaultGraph().size());
  }

  @Test
  void pathApiAnswersTheCliJson() throws Exception {
    var r = get("/api/path?goal=activation-functions&known=python-basics&strategy=jit");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(r.body().contains("\"goals\""), r.body());
    assertTrue(r.body().contains("\"id\":\"derivatives\""), r.body());
  }

  @Test
  void needNextWhyUsedForAndTopicAnswer() throws Exception {
    assertEquals(200, get("/api/need?topic=activation-functions&max-depth=1").statusCode());
    assertEquals(200, get("/api/next?known=python-basics&limit=3").statusCode());
    var why = get("/api/why?a=activation-functions&b=derivatives");
    assertTrue(why.body().contains("\"dependsOn\":true"), why.body());
    assertEquals(200, get("/api/used-for?topic=derivatives").statusCode());
    var topic = get("/api/topic?name=" + q("Derivative"));
    assertTrue(topic.body().contains("\"label\":\"Derivatives\""), topic.body());
  }

  @Test
  void unknownTopicIs404WithSuggestionsAndBadParameter400() throws Exception {
    var r = get("/api/path?goal=backpropagaton");
    assertEquals(404, r.statusCode());
    assertTrue(r.body().contains("backpropagation"), r.body());
    assertEquals(400, get("/api/path").statusCode());
    assertEquals(400, get("/api/need?topic=derivatives&max-depth=0").statusCode());
    assertEquals(404, get("/api/nothing").statusCode());
    assertEquals(405, post("/api/path?goal=derivatives", "text/plain", "x").statusCode());
  }

  @Test
  void aRouteAnswersTheSameJsonAsItsCommand() throws Exception {
    var api =
        get("/api/path?goal=activation-functions&known=python-basics,limits&strategy=math-first");
    assertEquals(200, api.statusCode(), api.body());
    Run cli =
        Run.of(
            "path",
            "--goal",
            "activation-functions",
            "--known",
            "python-basics,limits",
            "--strategy",
            "math-first",
            "--format",
            "json");
    assertEquals(0, cli.exitCode(), cli.err());
    ObjectMapper json = new ObjectMapper();
    assertEquals(json.readTree(cli.out()), json.readTree(api.body()));
  }

  @Test
  void parametersAreCheckedAsTheCommandChecksThemAndNamedAsInTheUrl() throws Exception {
    var date = get("/api/path?goal=derivatives&hours-per-week=5&start=2027-02-30");
    assertEquals(400, date.statusCode());
    assertTrue(
        date.body().contains("\"start: 2027-02-30 is not a date (YYYY-MM-DD)\""), date.body());
    var unknown = get("/api/next?knwon=python-basics");
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("unknown parameter 'knwon'"), unknown.body());
    assertEquals(200, get("/api/order").statusCode());
  }

  @Test
  void sparqlSelectAnswers() throws Exception {
    String query =
        "PREFIX mlp: <https://w3id.org/mlpath/ns#> PREFIX topic: <https://w3id.org/mlpath/topic/>"
            + " SELECT ?t WHERE { topic:activation-functions mlp:requires ?t }";
    var r = get("/ds/sparql?query=" + q(query));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("derivatives"), r.body());
  }

  @Test
  void updateGraphStoreWritesAndLoadAreRefusedAndDataUnchanged() throws Exception {
    long before = size();
    String insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
    int[] codes = {
      post("/ds/update", "application/sparql-update", insert).statusCode(),
      post("/ds", "application/sparql-update", insert).statusCode(),
      post("/ds/sparql", "application/sparql-update", insert).statusCode(),
      post("/ds/update", "application/sparql-update", "LOAD <file:///etc/passwd>").statusCode(),
      post("/ds", "application/x-www-form-urlencoded", "update=" + q(insert)).statusCode(),
      post("/ds/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode(),
      post("/ds", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode(),
      http.send(
              HttpRequest.newBuilder(URI.create(url("/ds/data?default"))).DELETE().build(),
              BodyHandlers.ofString())
          .statusCode(),
      http.send(
              HttpRequest.newBuilder(URI.create(url("/ds?default")))
                  .header("Content-Type", "text/turtle")
                  .PUT(BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))
                  .build(),
              BodyHandlers.ofString())
          .statusCode(),
      post(
              "/ds/data?default",
              "application/ld+json",
              "{\"@context\": \"http://127.0.0.1:9/context.jsonld\", \"@id\": \"urn:x\"}")
          .statusCode()
    };
    for (int c : codes) {
      assertTrue(c == 404 || c == 405 || c == 400 || c == 415, "status " + c);
    }
    assertEquals(before, size());
  }

  @Test
  void serviceAndFromAndProtocolDatasetAreRefusedWith400() throws Exception {
    for (String query :
        new String[] {
          "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
          "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }",
          "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }",
          "SELECT * FROM NAMED <file:///etc/hosts> { GRAPH ?g { ?s ?p ?o } }"
        }) {
      var r = get("/ds/sparql?query=" + q(query));
      assertEquals(400, r.statusCode(), query + " -> " + r.body());
    }
    var r =
        get("/ds/sparql?default-graph-uri=" + q("file:///etc/passwd") + "&query=" + q("ASK {}"));
    assertEquals(400, r.statusCode());
  }

  @Test
  void malformedSparqlIs400WithLineAndColumn() throws Exception {
    var r = get("/ds/sparql?query=" + q("SELECT ?x\nWHERE { ?x ?y }"));
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("line 2, column"), r.body());
  }

  @Test
  void longQueryIsCutAtTheTimeoutWith503() throws Exception {
    var r =
        get(
            "/ds/sparql?query="
                + q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
    assertEquals(503, r.statusCode(), r.body());
  }

  @Test
  void aClientCannotRaiseTheTimeoutWithTheProtocolParameter() throws Exception {
    long start = System.nanoTime();
    var r =
        get(
            "/ds/sparql?timeout=600&query="
                + q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
    assertEquals(503, r.statusCode(), r.body());
    assertTrue(
        System.nanoTime() - start < Duration.ofSeconds(30).toNanos(),
        "cut at the server's timeout, not the client's");
  }

  @Test
  void bodyOverOneMebibyteIs413() throws Exception {
    String big = "query=" + "x".repeat((1 << 20) + 10);
    assertEquals(413, post("/ds/sparql", "application/x-www-form-urlencoded", big).statusCode());
    var chunked =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/ds/sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(
                    BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(new byte[(1 << 20) + 10])))
                .build(),
            BodyHandlers.ofString());
    assertEquals(413, chunked.statusCode());
  }

  @Test
  void corsHeaderOnlyForTheConfiguredOrigin() throws Exception {
    var other =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/api/topic?name=derivatives")))
                .header("Origin", "https://evil.example")
                .build(),
            BodyHandlers.ofString());
    assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    var allowed =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/ds/sparql?query=" + q("ASK {}"))))
                .header("Origin", "https://allowed.example")
                .build(),
            BodyHandlers.ofString());
    assertEquals(
        "https://allowed.example",
        allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
  }

  @Test
  void noAdminEndpoints() throws Exception {
    for (String p :
        new String[] {
          "/$/ping", "/$/stats", "/$/datasets", "/$/server", "/$/metrics", "/$/tasks"
        }) {
      assertEquals(404, get(p).statusCode(), p);
    }
  }

  @Test
  void rootServesTheWebAppUnderAStrictContentSecurityPolicyAndNothingElseBesideIt()
      throws Exception {
    var r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'"), csp);
    assertTrue(r.body().contains("<script src=\"app/app.js\" defer></script>"), r.body());
    assertTrue(
        r.body().contains("<meta name=\"mlpath-profile\" content=\"browser\">"),
        "without learner routes the page keeps the profile in the browser");
    assertFalse(r.body().contains("http://") || r.body().contains("https://"), "no other host");
    assertFalse(r.body().matches("(?s).*<script>.*|.*<style>.*|.* style=\".*"), "nothing inline");
    for (String asset : new String[] {"app.js", "track.js", "api.js", "map.js"}) {
      var a = get("/app/" + asset);
      assertEquals(200, a.statusCode(), asset);
      assertTrue(a.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
      assertEquals("nosniff", a.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
    assertTrue(
        get("/app/app.css").headers().firstValue("Content-Type").get().startsWith("text/css"));
    assertEquals(404, get("/no-such-page").statusCode());
    assertEquals(404, get("/app/nothing.js").statusCode());
    assertEquals(404, get("/app/../app/app.js/").statusCode());
    assertEquals(405, post("/", "text/plain", "x").statusCode());
  }

  @Test
  void searchSuggestsTopicsAsOneTypesWithTheirDefinitions() throws Exception {
    var r = get("/api/search?q=" + q("backprop") + "&limit=3");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(
        r.body()
            .startsWith(
                "{\"query\":\"backprop\",\"topics\":[{\"topic\":{\"id\":\"backpropagation\""),
        r.body());
    assertTrue(r.body().contains("\"definition\":"), r.body());
    assertEquals(400, get("/api/search").statusCode());
    assertEquals(400, get("/api/search?q=a&limit=51").statusCode());
    assertEquals("{\"query\":\"zzzqqq\",\"topics\":[]}", get("/api/search?q=zzzqqq").body());
  }

  @Test
  void mapGivesEveryTopicAndEdgeAndTopicGivesEveryResource() throws Exception {
    var map = JSON.parse(get("/api/map").body());
    Curriculum c = planner.curriculum();
    assertEquals(c.size(), map.get("nodes").getAsArray().size());
    assertEquals(c.edgeCount(), map.get("edges").getAsArray().size());
    var topic = JSON.parse(get("/api/topic?name=derivatives").body());
    assertEquals(
        c.resourcesFor(c.indexOf("derivatives").getAsInt()).size(),
        topic.get("resources").getAsArray().size());
  }

  @Test
  void assessAsksTheNextQuestionFromTheAnswersSoFarUntilTheQuizIsOver() throws Exception {
    var first = JSON.parse(get("/api/assess?goal=activation-functions").body());
    var next = first.get("next").getAsObject();
    String topic = next.get("topic").getAsObject().get("id").getAsString().value();
    assertEquals(
        "{\"topic\":\"" + topic + "\",\"reply\":\"yes\"}",
        next.get("ifYes").getAsArray().get(0).toString().replaceAll("\\s", ""));
    var after =
        JSON.parse(get("/api/assess?goal=activation-functions&answer=" + topic + ":yes").body());
    assertTrue(after.get("known").toString().contains("\"" + topic + "\""), after.toString());
    assertTrue(
        after.get("answered").getAsNumber().value().intValue() == 1,
        after.get("answered").toString());
    assertEquals(400, get("/api/assess?answer=derivatives:maybe").statusCode());
    assertEquals(404, get("/api/assess?answer=dervatives:yes").statusCode());
  }
}
