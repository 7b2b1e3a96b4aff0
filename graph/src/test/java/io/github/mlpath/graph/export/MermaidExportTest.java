package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import org.junit.jupiter.api.Test;

/**
 * The Mermaid export's shape. No Mermaid renderer is installed in CI (it is only on npm), so this
 * checks the syntax rules GitHub's Mermaid relies on rather than rendering.
 */
class MermaidExportTest {
  @Test
  void aFlowchartWithOneSubgraphPerAreaAndOneArrowPerEdge() {
    ExportFixtures f = ExportFixtures.bundled();
    Curriculum c = f.curriculum();
    String m = f.export(f.all(), ExportFormat.MERMAID);
    assertTrue(m.lines().anyMatch("flowchart LR"::equals));
    assertEquals(c.edgeCount(), m.lines().filter(l -> l.matches("  t\\d+ --> t\\d+")).count());
    assertEquals(
        c.size(), m.lines().filter(l -> l.matches("\\s+t\\d+\\[\".*\"\\]:::\\w+")).count());
    assertEquals(
        m.lines().filter(l -> l.startsWith("  subgraph ")).count(),
        m.lines().filter(l -> l.equals("  end")).count());
    assertTrue(c.edgeCount() <= 500, "Mermaid's default limit; the docs say to export less");
  }

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
  void pathStepsAreNumbered() {
    ExportFixtures f = ExportFixtures.bundled();
    String m = f.export(f.path("activation-functions"), ExportFormat.MERMAID);
    assertTrue(m.contains("[\"Step 1: "), m);
    assertTrue(m.contains("linkStyle "));
  }
}
