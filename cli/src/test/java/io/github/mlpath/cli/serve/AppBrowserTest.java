package io.github.mlpath.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.learner.LearnReport;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.export.Tools;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.profile.ProfileStores;
import io.github.mlpath.graph.read.CurriculumReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner's whole flow through the web app in headless Chromium driven by Selenium ({@code
 * tools/app_flow.py}), by keyboard alone, against a real server on an ephemeral loopback port: type
 * part of a goal, pick it from the suggestions, set a pace, tick three steps, reload, find them
 * ticked with the progress, finish date and schedule; every step's phase, reason, resource and
 * hours against {@code /api/path}; the placement quiz to its end, after which the path starts after
 * what was answered known; the page at 360 px; axe-core in the page; no console error and no
 * request to another host. Screenshots (at 1280 and 360 px, of the quiz and of the printed page)
 * and the walk's report go to {@code target/app-*} (CI keeps them).
 */
class AppBrowserTest {
  /** The axe-core release the accessibility check runs; .ci/run installs the same. */
  static final String AXE_VERSION = "4.14.1";

  /**
   * The topic whose review is due: learned 40 days ago, before the test, and outside the path to
   * Backpropagation and what Derivatives requires (so it changes neither the path nor the quiz).
   */
  static final String REVIEWED = "histograms";

  static MlpathServer server;
  @TempDir static Path profileDir;
  static Path profileFile;
  static JsonObject report;

  @BeforeAll
  static void walkThroughTheApp() throws Exception {
    String python = Tools.python("selenium");
    String chromium = Tools.program("chromium", "chromium-browser", "google-chrome");
    String driver = Tools.program("chromedriver");
    String axe = Tools.npm("MLPATH_AXE", "axe-core", AXE_VERSION, "axe.min.js");
    LoadedGraph g = RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled()));
    var ds = DatasetFactory.createTxnMem();
    Txn.executeWrite(ds, () -> ds.getDefaultModel().add(g.model()));
    Planner planner = Planner.of(CurriculumReader.read(g));
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    profileFile = profileDir.resolve("profile.ttl");
    ProfileStore store = ProfileStores.file(profileFile);
    LocalDate today = LocalDate.now(Clock.systemDefaultZone());
    store.update(
        p -> Learner.of(planner).learn(p, List.of(REVIEWED), today.minusDays(40)),
        LearnReport::profile);
    server =
        MlpathServer.start(
            ds.asDatasetGraph(),
            planner,
            ServerConfig.loopback(0),
            Optional.empty(),
            Optional.of(
                new ProfileService(store, WritePolicy.LOOPBACK_ONLY, Clock.systemDefaultZone())));
    Path tools = Path.of("..", "graph", "src", "test", "resources", "tools").toAbsolutePath();
    Path script = Path.of("src", "test", "resources", "tools", "app_flow.py").toAbsolutePath();
    String walked =
        Tools.succeed(
            python,
            script.toString(),
            tools.normalize().toString(),
            chromium,
            driver,
            "http://127.0.0.1:" + server.port() + "/",
            target.toString(),
            "backprop",
            "backpropagation",
            "derivatives",
            axe,
            REVIEWED);
    Files.writeString(target.resolve("app-flow.json"), walked);
    report = JSON.parse(walked);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    for (JsonValue v : report.get(key).getAsArray()) {
      out.add(v.isString() ? v.getAsString().value() : v.toString());
    }
    return out;
  }

  private static List<JsonObject> objects(String key) {
    List<JsonObject> out = new ArrayList<>();
    report.get(key).getAsArray().forEach(v -> out.add(v.getAsObject()));
    return out;
  }

  private static String str(JsonObject o, String key) {
    return o.get(key).getAsString().value();
  }

  private static String text(String key) {
    return report.get(key).getAsString().value();
  }

  @Test
  void typingPartOfAGoalSuggestsItAndPickingItPlansThePath() {
    assertTrue(
        strings("suggestions").contains("backpropagation"), strings("suggestions").toString());
    String suggested =
        strings("suggestionTexts").get(strings("suggestions").indexOf("backpropagation"));
    assertTrue(suggested.startsWith("Backpropagation ML concept"), suggested);
    assertTrue(suggested.contains("\nComputing the gradient"), "with its definition: " + suggested);
    assertEquals(List.of("Backpropagation"), strings("goals"));
    assertTrue(report.get("stepsBefore").getAsNumber().value().intValue() > 10);
  }

  @Test
  void threeTickedStepsAreStillTickedAfterAReloadWithTheProgressAtThreeOfN() {
    int n = report.get("stepsBefore").getAsNumber().value().intValue();
    assertEquals(strings("ticked"), strings("checkedAfterReload"));
    assertEquals(n, report.get("stepsAfterReload").getAsNumber().value().intValue());
    assertTrue(text("progressAfterReload").startsWith("3 of " + n + " steps done"));
    assertEquals(text("progressAfterTicks"), text("progressAfterReload"));
    assertEquals("[3," + n + "]", report.get("progressValue").toString().replaceAll("\\s", ""));
  }

  @Test
  void everyStepShowsItsReasonResourceAndHoursWithEstimatesMarked() {
    List<JsonObject> api = objects("apiSteps");
    List<JsonObject> shown = objects("stepViews");
    assertEquals(api.size(), shown.size());
    for (int i = 0; i < api.size(); i++) {
      JsonObject a = api.get(i);
      JsonObject s = shown.get(i);
      String id = str(a, "id");
      assertEquals(id, str(s, "id"));
      assertEquals(a.get("number").toString(), s.get("number").toString(), id);
      String why =
          a.get("neededBy").isNull()
              ? "Your goal."
              : "Needed by "
                  + str(a, "neededBy")
                  + (a.get("reason").isNull() ? "." : ": " + str(a, "reason"));
      assertEquals(why, str(s, "why"), id);
      assertTrue(str(s, "hours").matches("\\d+(\\.\\d)? (min|h)( est\\.)?"), str(s, "hours"));
      assertEquals(a.get("estimated").getAsBoolean().value(), s.get("est").getAsBoolean().value());
      assertTrue(s.get("alts").getAsBoolean().value(), id + " has other resources one click away");
      if (!a.get("title").isNull()) {
        assertEquals(str(a, "title"), str(s, "title"), id);
        String facts = str(s, "facts");
        assertTrue(facts.startsWith(str(a, "medium")), facts);
        if (a.get("free").isBoolean()) {
          assertTrue(facts.contains(a.get("free").getAsBoolean().value() ? "free" : "paid"), facts);
        }
      }
    }
  }

  @Test
  void theTrackIsGroupedByPhaseWithTheMathJustBeforeItsConcept() {
    List<JsonObject> api = objects("apiSteps");
    List<JsonObject> shown = objects("stepViews");
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      String phase = str(shown.get(i), "phase");
      if (titles.isEmpty() || !titles.get(titles.size() - 1).equals(phase)) {
        assertTrue(!titles.contains(phase), phase + " comes back after another phase");
        titles.add(phase);
      }
      String kind = str(api.get(i), "kind");
      if (kind.equals("math")) {
        JsonObject next =
            api.stream().skip(i).filter(a -> !str(a, "kind").equals("math")).findFirst().get();
        assertEquals(
            str(next, "label"), phase, str(api.get(i), "id") + " is placed before its concept");
      }
    }
    assertEquals("Programming", titles.get(0));
    assertEquals("Backpropagation", titles.get(titles.size() - 1));
    assertTrue(titles.size() > 3, titles.toString());
  }

  @Test
  void otherResourcesOpenWithOneKeyPress() {
    List<String> alts = strings("alternatives");
    assertTrue(
        !alts.isEmpty() && alts.stream().noneMatch(t -> t.startsWith("Loading")), alts.toString());
  }

  @Test
  void aPaceTypedInGivesTheFinishDateAndHowFarBehindTheScheduleTheLearnerIs() {
    List<String> typed = strings("paceStartTyped");
    assertEquals(typed.get(0), typed.get(1), "the start date typed in");
    String more = text("progressMore");
    assertTrue(
        more.startsWith("At 5 h a week you finish on " + text("expectedFinish") + "."), more);
    assertTrue(more.contains(" behind your schedule."), more);
    assertTrue(text("progressAfterReload").contains(" left"), text("progressAfterReload"));
  }

  @Test
  void theKeyboardAloneReachesEverythingWithAVisibleFocus() {
    assertEquals("skip", text("firstTab"));
    assertEquals("path", text("skipFocus"));
    assertTrue(text("focusRing").startsWith("solid 3px"), text("focusRing"));
  }

  @Test
  void thePlacementQuizRunsToItsEndAndThePathThenStartsAfterWhatWasAnsweredKnown() {
    List<String> knows = strings("learnerKnows");
    List<String> before = strings("stepsBeforeQuiz");
    List<String> after = strings("stepsAfterQuiz");
    assertTrue(report.get("quizAnswers").getAsArray().size() > 0, "the quiz asked something");
    assertTrue(text("quizResult").startsWith("The quiz counted "), text("quizResult"));
    assertTrue(knows.contains("derivatives") && knows.size() > 1, knows.toString());
    for (String id : after) {
      assertTrue(!knows.contains(id), id + " was answered known but is still a step");
      assertTrue(before.contains(id), id + " was not a step before");
    }
    long known = before.stream().filter(knows::contains).count();
    assertTrue(known > 0, "some steps were known");
    assertEquals(before.size() - known, after.size());
    assertTrue(text("quizDoneFocus").equals("quiz-start"), "focus returns to the quiz button");
  }

  @Test
  void mathForAConceptListsWhatItNeeds() {
    assertTrue(text("mathFor").startsWith("Math for "), text("mathFor"));
    assertTrue(report.get("mathForItems").getAsNumber().value().intValue() > 0);
  }

  @Test
  void theMapShowsThePathWithItsOwnEdgesAndTheTickedTopicsDimmed() {
    int n = report.get("stepsBefore").getAsNumber().value().intValue();
    assertEquals(n, report.get("mapNodes").getAsNumber().value().intValue());
    assertEquals(n - 1, report.get("mapPathEdges").getAsNumber().value().intValue());
    assertEquals(3, report.get("mapKnown").getAsNumber().value().intValue());
  }

  @Test
  void at360PixelsThePageNeverScrollsSidewaysAndTheMapPansInsideItsBox() {
    assertTrue(report.get("noSidewaysScroll1280").getAsBoolean().value());
    assertTrue(report.get("noSidewaysScroll360").getAsBoolean().value());
    assertTrue(report.get("mapBoxScrolls360").getAsBoolean().value());
    assertTrue(Files.isRegularFile(Path.of("target", "app-path-360.png")));
    assertTrue(Files.isRegularFile(Path.of("target", "app-path-1280.png")));
  }

  @Test
  void printingGivesTheTrackAsAChecklistWithoutTheRestOfThePage() {
    JsonObject print = report.get("print").getAsObject();
    assertTrue(print.get("track").getAsBoolean().value(), print.toString());
    assertEquals(
        strings("stepsAfterQuiz").size(), print.get("steps").getAsNumber().value().intValue());
    assertTrue(!print.get("side").getAsBoolean().value(), "no goal, quiz or review panels");
    assertTrue(!print.get("map").getAsBoolean().value(), "no map");
    assertTrue(!print.get("header").getAsBoolean().value(), "no navigation");
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolation() {
    List<String> bad = new ArrayList<>();
    for (JsonValue v : report.get("axe").getAsArray()) {
      String impact = v.getAsObject().get("impact").toString();
      if (impact.contains("serious") || impact.contains("critical")) {
        bad.add(v.toString());
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void theStateLivesInTheServersProfileSoAFreshBrowserShowsIt() throws Exception {
    assertTrue(text("profileWhere").startsWith("kept by the server"), text("profileWhere"));
    assertEquals(List.of("Backpropagation"), strings("freshGoals"));
    assertEquals(strings("stepsAfterQuiz"), strings("freshSteps"));
    assertTrue(
        strings("freshChecked").containsAll(strings("ticked")), strings("freshChecked").toString());
    assertTrue(text("freshProgressMore").startsWith("At 5 h a week"), text("freshProgressMore"));
    assertEquals("0", report.get("freshStorage").toString(), "nothing kept in the browser");
    String saved = Files.readString(profileFile);
    for (String id : strings("ticked")) {
      assertTrue(saved.contains(id), id + " is in the profile file");
    }
  }

  @Test
  void theReviewDueTodayIsRecordedWithOneKeyPress() {
    assertEquals(List.of(REVIEWED), strings("dueBefore"));
    assertEquals(List.of(), strings("dueAfter"));
    assertTrue(
        text("reviewStatus").startsWith("Review recorded: Histograms"), text("reviewStatus"));
    assertTrue(text("reviewBody").startsWith("Nothing is due today."), text("reviewBody"));
    JsonObject reviews = report.get("reviewsAfter").getAsObject();
    assertEquals(0, reviews.get("due").getAsArray().size(), reviews.toString());
  }

  @Test
  void aWholeAreaTickedStaysTickedWithWhatItRequiresCountedDone() {
    assertTrue(report.get("areaTicked").getAsBoolean().value());
    assertTrue(report.get("freshAreaTicked").getAsBoolean().value(), "in a fresh browser too");
    assertEquals(text("progressAfterArea"), text("freshProgress"));
  }

  @Test
  void noConsoleErrorAndNoRequestToAnotherHost() {
    assertEquals(List.of(), strings("consoleErrors"));
    assertEquals(List.of(), strings("otherHosts"));
  }
}
