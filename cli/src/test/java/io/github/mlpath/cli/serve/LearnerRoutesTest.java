package io.github.mlpath.cli.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.profile.ProfileStores;
import io.github.mlpath.graph.read.CurriculumReader;
import io.github.mlpath.graph.store.Tdb2Stores;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learner routes of a real server over real HTTP, on a small chain of topics: reads, writes,
 * the stateless quiz, and every write the issue says must be refused, refused with the profile
 * unchanged.
 */
class LearnerRoutesTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final String TOKEN = "a-token-of-twenty-four-chars";

  @TempDir Path tmp;
  private final List<MlpathServer> servers = new ArrayList<>();
  private String base;

  @AfterEach
  void stop() {
    servers.forEach(MlpathServer::stop);
  }

  private static LoadedGraph chain() throws Exception {
    Path file = Path.of(LearnerRoutesTest.class.getResource("/learner/chain.ttl").toURI());
    return RdfLoader.load(RdfLoader.withVocabulary(List.of(DataSource.file(file, Lang.TURTLE))));
  }

  private Path profile() {
    return tmp.resolve("profile.ttl");
  }

  /** A server on {@code host} serving {@code dataset} with the test's profile. */
  private MlpathServer start(
      String host, WritePolicy writes, DatasetGraph dataset, ProfileStore store) throws Exception {
    LoadedGraph g = chain();
    if (dataset == null) {
      var ds = DatasetFactory.createTxnMem();
      Txn.executeWrite(ds, () -> ds.getDefaultModel().add(g.model()));
      dataset = ds.asDatasetGraph();
    }
    Clock clock = Clock.fixed(DAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    MlpathServer s =
        MlpathServer.start(
            dataset,
            Planner.of(CurriculumReader.read(g)),
            new ServerConfig(
                host, 0, Duration.ofSeconds(5), Optional.empty(), ServerConfig.DEFAULT_MAX_BODY),
            Optional.empty(),
            Optional.of(new ProfileService(store, writes, clock)));
    servers.add(s);
    return s;
  }

  private void loopback() throws Exception {
    MlpathServer s =
        start("127.0.0.1", WritePolicy.LOOPBACK_ONLY, null, ProfileStores.file(profile()));
    base = "http://127.0.0.1:" + s.port();
  }

  private static HttpResponse<String> send(HttpRequest r) throws Exception {
    return HttpClient.newHttpClient().send(r, BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).build());
  }

  /** A write as the web app sends it, with {@code extra} headers as name, value pairs. */
  private HttpResponse<String> post(String path, String json, String... extra) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("X-Mlpath-Write", "1")
            .POST(BodyPublishers.ofString(json));
    for (int i = 0; i < extra.length; i += 2) {
      b.setHeader(extra[i], extra[i + 1]);
    }
    return send(b.build());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void aLearnedTopicIsSavedAndShowsInTheProfileStatusAndReviews() throws Exception {
    loopback();
    assertEquals(
        "{\"learned\":[],\"implied\":[],\"goals\":[],\"preferences\":{\"freeOnly\":false},\"reviews\":[]}",
        get("/api/profile").body());
    var r = post("/api/learned", "{\"topic\":[\"derivatives\"]}");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("derivatives", json(r).at("/marked/0/id").asText());
    assertTrue(Files.readString(profile()).contains("topic:derivatives"));
    assertEquals(200, post("/api/goal/add", "{\"topic\":[\"backpropagation\"]}").statusCode());
    assertEquals(
        200,
        post("/api/prefs/set", "{\"hours-per-week\":4,\"start\":\"2026-03-02\"}").statusCode());
    JsonNode status = json(get("/api/status"));
    assertEquals(3, status.at("/goals/0/topicsDone").asInt(), status.toString());
    JsonNode left =
        json(get("/api/path?goal=backpropagation&known=derivatives&hours-per-week=4&start=" + DAY));
    assertEquals(
        left.at("/schedule/finish").asText(),
        status.at("/goals/0/finish").asText(),
        status.toString());
    assertEquals("derivatives", json(get("/api/review")).at("/next/topic/id").asText());
    var reviewed = post("/api/reviewed", "{\"topic\":\"derivatives\",\"good\":true}");
    assertEquals(200, reviewed.statusCode(), reviewed.body());
    assertEquals(6, json(reviewed).at("/card/interval").asInt());
  }

  @Test
  void thePlanningRoutesUseTheProfileFieldByFieldUnlessAskedNotTo() throws Exception {
    loopback();
    post("/api/goal/add", "{\"topic\":[\"backpropagation\"]}");
    post("/api/learned", "{\"topic\":[\"derivatives\"]}");
    post("/api/prefs/set", "{\"hours-per-week\":4}");
    JsonNode mine = json(get("/api/path"));
    assertEquals("chain-rule", mine.at("/steps/0/topic/id").asText(), mine.toString());
    JsonNode toGoal = json(get("/api/path?goal=chain-rule"));
    assertEquals("chain-rule", toGoal.at("/steps/0/topic/id").asText(), "known from the profile");
    assertEquals(4, toGoal.at("/schedule/pace/hoursPerWeek").asDouble(), toGoal.toString());
    JsonNode knownGiven = json(get("/api/path?goal=backpropagation&known=algebra"));
    assertEquals("calculus", knownGiven.at("/steps/0/topic/id").asText(), knownGiven.toString());
    JsonNode ignored = json(get("/api/path?goal=backpropagation&no-profile=true"));
    assertEquals("algebra", ignored.at("/steps/0/topic/id").asText(), ignored.toString());
    assertTrue(ignored.at("/schedule").isMissingNode(), ignored.toString());
    assertEquals("chain-rule", json(get("/api/next")).at("/topics/0/topic/id").asText());
    JsonNode need = json(get("/api/need?topic=backpropagation"));
    assertEquals("chain-rule", need.at("/needs/0/topic/id").asText(), need.toString());
    JsonNode needAll = json(get("/api/need?topic=backpropagation&no-profile=true"));
    assertEquals("algebra", needAll.at("/needs/0/topic/id").asText(), needAll.toString());
  }

  @Test
  void whyOverHttpSaysWhatTheProfileKnowsOfTheChain() throws Exception {
    loopback();
    post("/api/learned", "{\"topic\":[\"derivatives\"]}");
    JsonNode why = json(get("/api/why?a=backpropagation&b=algebra"));
    assertEquals("derivatives", why.at("/known/0/topic/id").asText(), why.toString());
    assertEquals("2026-03-02", why.at("/known/0/mark/date").asText(), why.toString());
    assertEquals(3, why.at("/known").size(), why.toString());
    JsonNode ignored = json(get("/api/why?a=backpropagation&b=algebra&no-profile=true"));
    assertEquals(0, ignored.at("/known").size(), ignored.toString());
    assertTrue(ignored.at("/dependsOn").asBoolean(), ignored.toString());
  }

  @Test
  void theQuizIsStatelessAndSavesOnlyAFinishedPlacement() throws Exception {
    loopback();
    JsonNode first =
        json(post("/api/profile/assess", "{\"goals\":[\"chain-rule\"],\"answers\":[]}"));
    assertEquals("calculus", first.at("/state/next/topic/id").asText(), first.toString());
    assertEquals(
        "Can you find the slope of y = x^2 at x = 3? (Answer: 6.)",
        first.at("/state/next/check").asText());
    var early =
        post("/api/profile/assess", "{\"goals\":[\"chain-rule\"],\"answers\":[],\"save\":true}");
    assertEquals(400, early.statusCode());
    JsonNode clash =
        json(
            post(
                "/api/profile/assess",
                "{\"goals\":[\"chain-rule\"],\"answers\":[{\"topic\":\"chain-rule\",\"reply\":\"yes\"},{\"topic\":\"algebra\",\"reply\":\"no\"}]}"));
    assertEquals(
        "chain-rule", clash.at("/state/contradictions/0/yes/id").asText(), clash.toString());
    assertEquals("algebra", clash.at("/state/next/topic/id").asText());
    assertEquals("chain-rule", clash.at("/state/next/ifNo/0/topic").asText());
    assertEquals("no", clash.at("/state/next/ifNo/0/reply").asText());
    JsonNode done =
        json(
            post(
                "/api/profile/assess",
                "{\"goals\":[\"chain-rule\"],\"save\":true,\"answers\":[{\"topic\":\"chain-rule\",\"reply\":\"yes\"}]}"));
    assertEquals(4, done.at("/state/known").size(), done.toString());
    assertEquals("chain-rule", done.at("/saved/marked/0/id").asText(), done.toString());
    assertTrue(Files.readString(profile()).contains("mlp:origin \"assessed\""));
  }

  @Test
  void aWriteWithoutTheHeaderAFormCannotSendIsRefused() throws Exception {
    loopback();
    var r =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/learned"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"topic\":[\"algebra\"]}"))
                .build());
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.body().contains("X-Mlpath-Write: 1"), r.body());
    assertFalse(Files.exists(profile()));
  }

  @Test
  void aFormBodyIsRefusedWith415() throws Exception {
    loopback();
    var r =
        post("/api/learned", "topic=algebra", "Content-Type", "application/x-www-form-urlencoded");
    assertEquals(415, r.statusCode(), r.body());
    assertFalse(Files.exists(profile()));
  }

  @Test
  void aWriteFromAPageOnAnotherSiteIsRefused() throws Exception {
    loopback();
    var r = post("/api/learned", "{\"topic\":[\"algebra\"]}", "Origin", "https://evil.example");
    assertEquals(403, r.statusCode(), r.body());
    assertFalse(Files.exists(profile()));
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413() throws Exception {
    loopback();
    String big = "{\"topic\":[\"" + "a".repeat(WriteGuard.MAX_BODY) + "\"]}";
    assertEquals(413, post("/api/learned", big).statusCode());
    assertFalse(Files.exists(profile()));
  }

  @Test
  void otherMethodsAreRefusedWith405AndBadBodiesWith400() throws Exception {
    loopback();
    var put =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/profile"))
                .PUT(BodyPublishers.ofString("{}"))
                .build());
    assertEquals(405, put.statusCode());
    assertEquals(405, get("/api/learned").statusCode());
    assertEquals(405, post("/api/status", "{}").statusCode(), "status is a read");
    assertEquals(400, post("/api/learned", "{not json").statusCode());
    assertEquals(400, post("/api/learned", "{}").statusCode());
    assertEquals(404, post("/api/learned", "{\"topic\":[\"derivativs\"]}").statusCode());
    assertEquals(409, post("/api/reviewed", "{\"topic\":\"statistics\"}").statusCode());
    assertFalse(Files.exists(profile()));
  }

  @Test
  void aChangeOverHttpTakesTheCommandsParametersAndMessages() throws Exception {
    loopback();
    var missing = post("/api/learned", "{\"topic\":[]}");
    assertEquals(400, missing.statusCode());
    assertEquals("missing topic", json(missing).at("/error").asText());
    var old = post("/api/learned", "{\"topics\":[\"algebra\"]}");
    assertEquals(400, old.statusCode());
    assertTrue(
        json(old).at("/error").asText().startsWith("unknown parameter 'topics'"), old.body());
    var nested = post("/api/learned", "{\"topic\":[{\"id\":\"algebra\"}]}");
    assertEquals(400, nested.statusCode(), nested.body());
    assertEquals(200, post("/api/learned", "{\"topic\":\"algebra, derivatives\"}").statusCode());
    var two = post("/api/reviewed", "{\"topic\":\"algebra\",\"hard\":true,\"easy\":true}");
    assertEquals(400, two.statusCode());
    assertEquals("give at most one of again, hard, good and easy", json(two).at("/error").asText());
    var hard = post("/api/reviewed", "{\"topic\":\"derivatives\",\"hard\":true}");
    assertEquals("hard", json(hard).at("/grade").asText(), hard.body());
    var unlearn = post("/api/unlearn", "{\"topic\":[\"derivatives\"]}");
    assertEquals("derivatives", json(unlearn).at("/unmarked/0/id").asText(), unlearn.body());
    assertEquals(405, post("/api/review", "{\"topic\":\"algebra\"}").statusCode(), "a read");
    post("/api/goal/add", "{\"topic\":\"statistics, Backpropagation\"}");
    JsonNode goals = json(get("/api/goal/list"));
    assertEquals("backpropagation", goals.at("/goals/1/topic/id").asText(), goals.toString());
    var removed = post("/api/goal/remove", "{\"topic\":[\"algebra\"]}");
    assertEquals(409, removed.statusCode(), removed.body());
    assertTrue(
        json(removed).at("/error").asText().startsWith("'algebra' is not one of your goals"),
        removed.body());
    var pace = post("/api/prefs/set", "{\"hours-per-week\":200}");
    assertEquals(400, pace.statusCode());
    assertTrue(json(pace).at("/error").asText().startsWith("hours-per-week: "), pace.body());
    assertEquals(
        6, json(post("/api/prefs/set", "{\"hours-per-week\":6}")).at("/hoursPerWeek").asInt());
    assertEquals(6, json(get("/api/prefs/show")).at("/hoursPerWeek").asInt());
    var unset = post("/api/prefs/unset", "{\"name\":[\"hours-per-week\"]}");
    assertTrue(json(unset).at("/hoursPerWeek").isMissingNode(), unset.body());
  }

  @Test
  void aProfileOnTheServerThatDoesNotParseIsNeverOverwritten() throws Exception {
    loopback();
    Files.writeString(
        profile(),
        "@prefix mlp: <https://w3id.org/mlpath/ns#> .\n<https://w3id.org/mlpath/learner/me> a mlp:Learner");
    byte[] before = Files.readAllBytes(profile());
    var r = post("/api/learned", "{\"topic\":[\"algebra\"]}");
    assertEquals(422, r.statusCode());
    assertTrue(r.body().contains("left the profile as it is"), r.body());
    assertArrayEquals(before, Files.readAllBytes(profile()));
  }

  /** An address of this machine that is not loopback, so a request to it is not local. */
  private static InetAddress outside() throws Exception {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (n.isUp() && !n.isLoopback()) {
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          if (a instanceof Inet4Address) {
            return a;
          }
        }
      }
    }
    throw new AssertionError(
        "this machine has no network address but loopback; the test needs one");
  }

  @Test
  void aWriteFromAnotherMachineIsRefusedUnlessRemoteWritesAreAllowedWithTheToken()
      throws Exception {
    String ip = outside().getHostAddress();
    MlpathServer closed =
        start("0.0.0.0", WritePolicy.LOOPBACK_ONLY, null, ProfileStores.file(profile()));
    base = "http://" + ip + ":" + closed.port();
    var refused = post("/api/learned", "{\"topic\":[\"algebra\"]}");
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("--allow-remote-writes"), refused.body());
    assertEquals(200, get("/api/profile").statusCode(), "reads stay open");
    MlpathServer open =
        start("0.0.0.0", new WritePolicy(Optional.of(TOKEN)), null, ProfileStores.file(profile()));
    base = "http://" + ip + ":" + open.port();
    assertEquals(401, post("/api/learned", "{\"topic\":[\"algebra\"]}").statusCode());
    assertEquals(
        401,
        post(
                "/api/learned",
                "{\"topic\":[\"algebra\"]}",
                "Authorization",
                "Bearer wrong-token-wrong-token")
            .statusCode());
    assertFalse(Files.exists(profile()));
    var ok = post("/api/learned", "{\"topic\":[\"algebra\"]}", "Authorization", "Bearer " + TOKEN);
    assertEquals(200, ok.statusCode(), ok.body());
    assertTrue(Files.readString(profile()).contains("topic:algebra"));
  }

  @Test
  void sparqlOverHttpNeverShowsTheProfilesInAStore() throws Exception {
    Path dir = tmp.resolve("db");
    var ds = Tdb2Stores.connect(dir, true);
    var curriculum = chain().model();
    Txn.executeWrite(ds, () -> ds.getDefaultModel().add(curriculum));
    ProfileStore ada = ProfileStores.tdb2(dir, "ada");
    ada.update(p -> p.withGoals(List.of("chain-rule")));
    Txn.executeWrite(
        ds,
        () ->
            ds.getNamedModel("urn:example:other")
                .add(
                    ResourceFactory.createResource("urn:example:s"),
                    ResourceFactory.createProperty("urn:example:p"),
                    "o"));
    MlpathServer s = start("127.0.0.1", WritePolicy.LOOPBACK_ONLY, ds.asDatasetGraph(), ada);
    base = "http://127.0.0.1:" + s.port();
    String query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
    var r = get("/ds/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("urn:example:other"), r.body());
    assertFalse(r.body().contains("learner"), r.body());
    assertEquals(
        "chain-rule",
        json(get("/api/profile")).at("/goals/0").asText(),
        "the route still reads it");
    servers.forEach(MlpathServer::stop);
    servers.clear();
    Tdb2Stores.release(ds.asDatasetGraph());
  }
}
