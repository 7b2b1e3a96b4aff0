package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CytoscapeExportTest {
  @TempDir Path dir;

  @Test
  void pythonsJsonReadsEveryTopicAndEdgeWithNoEdgeLeftDangling() {
    ExportFixtures f = ExportFixtures.bundled();
    JsonObject g = read(f.exportTo(dir, "curriculum", f.all(), ExportFormat.CYTOSCAPE));
    assertEquals(f.curriculum().size(), g.get("nodes").getAsNumber().value().intValue());
    assertEquals(f.curriculum().edgeCount(), g.get("edges").getAsNumber().value().intValue());
    assertTrue(g.get("dangling").getAsArray().isEmpty());
  }

  @Test
  void nastyLabelsSurviveJson() {
    ExportFixtures f = ExportFixtures.nasty();
    JsonObject g = read(f.exportTo(dir, "nasty", f.all(), ExportFormat.CYTOSCAPE));
    Curriculum c = f.curriculum();
    for (int v = 0; v < c.size(); v++) {
      assertEquals(c.label(v), g.getObj("labels").get(c.id(v)).getAsString().value());
    }
  }

  static JsonObject read(Path file) {
    String python = Tools.python("json");
    return JSON.parse(Tools.succeed(python, Tools.script("cytoscape_read.py"), file.toString()));
  }
}
