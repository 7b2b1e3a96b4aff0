package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Mermaid export, rendered by the real Mermaid: version {@value #MERMAID_VERSION} of the npm
 * package {@code mermaid} (its browser bundle {@code mermaid.min.js}, which {@code .ci/run}
 * installs, pinned to that version, outside the repository), loaded from disk by a local page in
 * headless Chromium driven by Selenium ({@code tools/mermaid_render.py}), with Mermaid's default
 * configuration (strict security level, HTML labels, at most 500 edges). GitHub renders {@code
 * ```mermaid} blocks with a Mermaid version of its own choosing, usually a recent one; these tests
 * prove the output against {@value #MERMAID_VERSION}. Each diagram must parse and render with no
 * error and no console error or warning, with one SVG node per topic carrying the topic's label
 * exactly, and one SVG edge per arrow. Screenshots go to {@code target/export-mermaid-*.png}.
 */
class MermaidExportTest {
  /** The Mermaid these tests render with; {@code .ci/run} installs the same version. */
  static final String MERMAID_VERSION = "12.3.0";

  private static final Pattern NODE = Pattern.compile("flowchart-t(\\d+)-\\d+$");
  private static final Pattern EDGE = Pattern.compile("L_t(\\d+)_t(\\d+)_\\d+$");
  private static final Pattern ARROW = Pattern.compile("  t(\\d+) --> t(\\d+)");

  @TempDir Path dir;

  @Test
  void aFlowchartWithOneSubgraphPerAreaAndOneArrowPerEdge() {
    ExportFixtures f = ExportFixtures.bundled();
    Curriculum c = f.curriculum();
    String m = f.export(f.all(), ExportFormat.MERMAID);
    assertTrue(m.lines().anyMatch("flowchart LR"::equals));
    assertEquals(c.edgeCount(), m.lines().filter(l -> ARROW.matcher(l).matches()).count());
    assertEquals(
        c.size(), m.lines().filter(l -> l.matches("\\s+t\\d+\\[\".*\"\\]:::\\w+")).count());
    assertEquals(
        m.lines().filter(l -> l.startsWith("  subgraph ")).count(),
        m.lines().filter(l -> l.equals("  end")).count());
    assertTrue(c.edgeCount() > 500, "the whole bundled curriculum is over Mermaid's limit");
    assertTrue(
        m.strip().endsWith("export an area (--area) or a closure (--closure) instead."),
        "a chart over Mermaid's limit says so at its end");
    String calculus = f.export(f.area("calculus"), ExportFormat.MERMAID);
    assertFalse(calculus.contains("Mermaid draws by default"), "a small chart has no warning");
  }

  /** The syntax rule the rendering tests rely on, checked where Mermaid is not installed too. */
  @Test
  void nastyLabelsNeverCloseTheirQuotes() {
    ExportFixtures f = ExportFixtures.nasty();
    String m = f.export(f.all(), ExportFormat.MERMAID);
    for (String line : m.lines().toList()) {
      if (line.contains("[\"")) {
        String inside = line.substring(line.indexOf("[\"") + 2, line.lastIndexOf("\"]"));
        assertTrue(
            !inside.contains("\"")
                && !inside.replace("<br/>", "").contains("<")
                && !inside.contains("\n"),
            line);
      }
    }
    assertTrue(m.contains("[\"Line one<br/>Line two\"]"));
  }

  @Test
  void mermaidRendersAnAreaAndAClosure() throws Exception {
    ExportFixtures f = ExportFixtures.bundled();
    Selection calculus = f.area("calculus");
    Selection closure = f.closure("backpropagation");
    List<JsonObject> shown =
        render(
            "area-closure",
            f.exportTo(dir, "calculus", calculus, ExportFormat.MERMAID),
            f.exportTo(dir, "closure", closure, ExportFormat.MERMAID));
    assertRendered(f, calculus, shown.get(0));
    assertRendered(f, closure, shown.get(1));
    assertEquals(
        List.of("Calculus"), texts(shown.get(0).get("clusters")), "one subgraph, titled by area");
  }

  /**
   * The whole bundled curriculum has more edges than Mermaid draws by default, so each area is
   * rendered instead: every topic is drawn once, with the edges inside its area.
   */
  @Test
  void mermaidRendersEveryAreaOfTheBundledCurriculum() throws Exception {
    ExportFixtures f = ExportFixtures.bundled();
    Curriculum c = f.curriculum();
    List<Selection> areas = c.areas().stream().map(a -> f.area(a.id())).toList();
    Path[] files = new Path[areas.size()];
    for (int i = 0; i < files.length; i++) {
      files[i] = f.exportTo(dir, "area-" + i, areas.get(i), ExportFormat.MERMAID);
    }
    List<JsonObject> shown = render("areas", files);
    int nodes = 0;
    for (int i = 0; i < files.length; i++) {
      assertRendered(f, areas.get(i), shown.get(i));
      assertEquals(1, shown.get(i).get("clusters").getAsArray().size(), "one subgraph per area");
      nodes += shown.get(i).get("nodes").getAsArray().size();
    }
    assertEquals(c.size(), nodes, "every topic is in one area");
  }

  /**
   * A whole curriculum, synthetic so that it stays under Mermaid's default limit of 500 edges
   * however big the bundled one grows (the docs say to export an area or a closure of a bigger
   * one).
   */
  @Test
  void mermaidRendersAWholeCurriculum() throws Exception {
    ExportFixtures f = ExportFixtures.synthetic(150, 5);
    Curriculum c = f.curriculum();
    assertTrue(c.edgeCount() > 300 && c.edgeCount() <= 500, c.edgeCount() + " edges");
    JsonObject d = render("all", f.exportTo(dir, "all", f.all(), ExportFormat.MERMAID)).get(0);
    assertRendered(f, f.all(), d);
    assertEquals(c.size(), d.get("nodes").getAsArray().size());
    assertEquals(c.edgeCount(), d.get("edges").getAsArray().size());
    assertEquals(c.areas().size(), d.get("clusters").getAsArray().size(), "one subgraph per area");
  }

  @Test
  void aPathRendersWithNumberedStepsAndRedEdgesToTheStepThatNeedsEach() throws Exception {
    ExportFixtures f = ExportFixtures.bundled();
    Selection path = f.path("activation-functions");
    JsonObject d = render("path", f.exportTo(dir, "path", path, ExportFormat.MERMAID)).get(0);
    assertRendered(f, path, d);
    int red = 0;
    for (JsonValue e : d.get("edges").getAsArray()) {
      Matcher m = EDGE.matcher(string(e, "id"));
      assertTrue(m.find(), string(e, "id"));
      int w = Integer.parseInt(m.group(1));
      int v = Integer.parseInt(m.group(2));
      boolean needed =
          path.pathStep(w)
              .map(p -> p.neededBy().isPresent() && p.neededBy().getAsInt() == v)
              .orElse(false);
      assertEquals(needed, string(e, "style").contains(Style.PATH), "the style of " + w + "->" + v);
      red += needed ? 1 : 0;
    }
    assertEquals(path.size() - 1, red, "every step but the goal has its red edge");
  }

  @Test
  void nastyLabelsComeOutOfMermaidExactlyAsInTheData() throws Exception {
    ExportFixtures f = ExportFixtures.nasty();
    // A path too: its steps' labels get a prefix, and its title (with the goal's label, newline
    // and all) goes into the diagram's first comment line.
    Selection path = f.path("newline");
    List<JsonObject> shown =
        render(
            "nasty",
            f.exportTo(dir, "nasty", f.all(), ExportFormat.MERMAID),
            f.exportTo(dir, "nasty-path", path, ExportFormat.MERMAID));
    JsonObject d = shown.get(0);
    // assertRendered compares every node's text with its label, newline included (a <br>).
    assertRendered(f, f.all(), d);
    assertRendered(f, path, shown.get(1));
    assertEquals(List.of("Área & <Co> \"quoted\""), texts(d.get("clusters")));
    assertTrue(
        texts(d.get("nodes"))
            .containsAll(List.of("Théorème de Bayes — naïve Ω 日本語 😀", "a < b > c & d &lt; e")));
  }

  /**
   * Mermaid parsed and rendered the diagram with no error or console message; it has one node per
   * selected topic, labelled exactly as the data (with the step number on a path), and one edge per
   * arrow in the export.
   */
  private static void assertRendered(ExportFixtures f, Selection s, JsonObject d) throws Exception {
    Curriculum c = f.curriculum();
    String file = string(d, "file");
    assertNull(d.get("error").isNull() ? null : string(d, "error"), "Mermaid's error on " + file);
    assertEquals(List.of(), texts(d.get("errors")), "console errors on " + file);
    Map<Integer, String> nodes = new HashMap<>();
    for (JsonValue n : d.get("nodes").getAsArray()) {
      Matcher m = NODE.matcher(string(n, "id"));
      assertTrue(m.find(), "a node Mermaid made up: " + string(n, "id"));
      assertEquals(null, nodes.put(Integer.parseInt(m.group(1)), string(n, "text")), "twice");
    }
    assertEquals(s.size(), nodes.size(), "one node per topic in " + file);
    for (Map.Entry<Integer, String> e : nodes.entrySet()) {
      int v = e.getKey();
      assertTrue(s.contains(v), c.id(v) + " is not in the selection");
      String label =
          s.step(v).isPresent() ? "Step " + s.step(v).getAsInt() + ": " + c.label(v) : c.label(v);
      assertEquals(label, e.getValue(), "the label of " + c.id(v));
    }
    List<String> arrows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(file))) {
      Matcher m = ARROW.matcher(line);
      if (m.matches()) {
        arrows.add(m.group(1) + "->" + m.group(2));
      }
    }
    List<String> edges = new ArrayList<>();
    for (JsonValue e : d.get("edges").getAsArray()) {
      Matcher m = EDGE.matcher(string(e, "id"));
      assertTrue(m.find(), "an edge Mermaid made up: " + string(e, "id"));
      edges.add(m.group(1) + "->" + m.group(2));
    }
    assertEquals(arrows.stream().sorted().toList(), edges.stream().sorted().toList(), file);
  }

  /** Renders each diagram in one Chromium and returns what {@code mermaid_render.py} saw. */
  private static List<JsonObject> render(String screenshot, Path... diagrams) {
    String mermaid = Tools.mermaid(MERMAID_VERSION);
    String python = Tools.python("selenium");
    String chromium = Tools.program("chromium", "chromium-browser", "google-chrome");
    String driver = Tools.program("chromedriver");
    Path target = Path.of("target").toAbsolutePath();
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            python,
            Tools.script("mermaid_render.py"),
            chromium,
            driver,
            mermaid,
            target.resolve("export-mermaid-" + screenshot).toString()));
    for (Path p : diagrams) {
      command.add(p.toAbsolutePath().toString());
    }
    JsonObject out = JSON.parse(Tools.succeed(command.toArray(String[]::new)));
    assertEquals(List.of(), texts(out.get("requests")), "the page must not touch the network");
    List<JsonObject> result =
        out.get("diagrams").getAsArray().stream().map(JsonValue::getAsObject).toList();
    assertEquals(diagrams.length, result.size());
    return result;
  }

  private static String string(JsonValue o, String key) {
    return o.getAsObject().get(key).getAsString().value();
  }

  /** The strings of an array, or the {@code text} of each object in it. */
  private static List<String> texts(JsonValue array) {
    return array.getAsArray().stream()
        .map(x -> x.isString() ? x.getAsString().value() : string(x, "text"))
        .toList();
  }
}
