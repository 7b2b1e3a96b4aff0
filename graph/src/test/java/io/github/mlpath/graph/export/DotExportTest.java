package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class DotExportTest {
  @TempDir Path dir;

  @Test
  void graphvizLaysOutTheWholeBundledCurriculumWithoutComplaint() {
    ExportFixtures f = ExportFixtures.bundled();
    Path dot = f.exportTo(dir, "curriculum", f.all(), ExportFormat.DOT);
    Map<String, List<String>> nodes = svgNodes(svg(dot));
    assertEquals(f.curriculum().size(), nodes.size(), "one SVG node per topic");
  }

  @Test
  void graphvizLaysOutAPathWithNumberedSteps() {
    ExportFixtures f = ExportFixtures.bundled();
    Selection path = f.path("activation-functions");
    Map<String, List<String>> nodes =
        svgNodes(svg(f.exportTo(dir, "path", path, ExportFormat.DOT)));
    assertEquals(path.size(), nodes.size());
    Curriculum c = f.curriculum();
    int v = c.indexOf("activation-functions").getAsInt();
    assertEquals(
        List.of(path.step(v).getAsInt() + ". Activation functions"),
        nodes.get("activation-functions"));
  }

  @Test
  void nastyLabelsComeOutOfGraphvizExactlyAsInTheData() {
    ExportFixtures f = ExportFixtures.nasty();
    Map<String, List<String>> nodes =
        svgNodes(svg(f.exportTo(dir, "nasty", f.all(), ExportFormat.DOT)));
    Curriculum c = f.curriculum();
    for (int v = 0; v < c.size(); v++) {
      assertEquals(List.of(c.label(v).split("\n")), nodes.get(c.id(v)), "label of " + c.id(v));
    }
    assertTrue(
        svg(f.exportTo(dir, "nasty2", f.all(), ExportFormat.DOT))
            .contains("because &quot;x &lt; y&quot; &amp; z\\w"),
        "the reason is the edge's tooltip");
  }

  @Test
  void areasAreClustersAndEachLearningDepthIsOneRank() {
    ExportFixtures f = ExportFixtures.bundled();
    String dot = f.export(f.closure("derivatives"), ExportFormat.DOT);
    assertTrue(dot.contains("subgraph \"cluster_calculus\""));
    assertTrue(dot.contains("newrank=true"));
    // derivatives <- linear-functions <- functions-and-graphs: depth 2.
    String rank2 = dot.substring(dot.indexOf("learning depth 2\n"));
    rank2 = rank2.substring(0, rank2.indexOf('}'));
    assertTrue(rank2.contains("\"derivatives\";"), rank2);
    assertTrue(
        dot.contains("\"linear-functions\" -> \"derivatives\" [tooltip="), "prerequisite first");
    assertFalse(dot.contains("\"backpropagation\""), "only the closure");
  }

  /** Runs {@code dot -Tsvg} and returns the SVG; Graphviz must not warn either. */
  static String svg(Path dot) {
    String program = Tools.program("dot");
    Tools.Result r = Tools.run(program, "-Tsvg", dot.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err().strip(), "Graphviz warnings");
    return r.out();
  }

  /** The text lines of each node of Graphviz's SVG, by node name. */
  static Map<String, List<String>> svgNodes(String svg) {
    try {
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
      dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
      Map<String, List<String>> out = new HashMap<>();
      NodeList groups = doc.getElementsByTagName("g");
      for (int i = 0; i < groups.getLength(); i++) {
        Element g = (Element) groups.item(i);
        if (!"node".equals(g.getAttribute("class"))) {
          continue;
        }
        String name = g.getElementsByTagName("title").item(0).getTextContent();
        List<String> lines = new ArrayList<>();
        NodeList texts = g.getElementsByTagName("text");
        for (int k = 0; k < texts.getLength(); k++) {
          lines.add(texts.item(k).getTextContent());
        }
        out.put(name, lines);
      }
      return out;
    } catch (Exception e) {
      throw new AssertionError("Graphviz wrote SVG that is not XML", e);
    }
  }
}
