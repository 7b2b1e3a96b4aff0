package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphMlExportTest {
  @TempDir Path dir;

  @Test
  void networkxReadsAsManyNodesAndEdgesAsTheCurriculumHas() {
    ExportFixtures f = ExportFixtures.bundled();
    JsonObject g = read(f.exportTo(dir, "curriculum", f.all(), ExportFormat.GRAPHML));
    Curriculum c = f.curriculum();
    assertTrue(g.get("directed").getAsBoolean().value());
    assertEquals(c.size(), g.get("nodes").getAsNumber().value().intValue());
    assertEquals(c.edgeCount(), g.get("edges").getAsNumber().value().intValue());
    assertEquals(
        2,
        g.getObj("depths").get("derivatives").getAsNumber().value().intValue(),
        "functions and graphs -> linear functions -> derivatives");
  }

  @Test
  void networkxReadsNastyLabelsAndReasonsBackUnchanged() {
    ExportFixtures f = ExportFixtures.nasty();
    JsonObject g = read(f.exportTo(dir, "nasty", f.all(), ExportFormat.GRAPHML));
    Curriculum c = f.curriculum();
    for (int v = 0; v < c.size(); v++) {
      assertEquals(c.label(v), g.getObj("labels").get(c.id(v)).getAsString().value());
    }
    assertEquals(
        "because \"x < y\" & z\\w",
        g.getObj("reasons").get("quotes -> markup").getAsString().value());
  }

  @Test
  void everyAttributeIsDeclaredWithAKey() {
    ExportFixtures f = ExportFixtures.bundled();
    String xml = f.export(f.path("activation-functions"), ExportFormat.GRAPHML);
    for (String key :
        new String[] {
          "label", "kind", "area", "depth", "hours", "definition", "iri", "step", "week", "reason"
        }) {
      assertTrue(xml.contains("<key id=\"" + key + "\""), key);
    }
    assertTrue(xml.contains("<data key=\"step\">1</data>"));
  }

  static JsonObject read(Path graphml) {
    String python = Tools.python("networkx");
    return JSON.parse(Tools.succeed(python, Tools.script("graphml_read.py"), graphml.toString()));
  }
}
