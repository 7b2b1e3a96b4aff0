package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map's data as JSON: the same text the HTML page embeds, every topic and edge in it. */
class MapJsonExportTest {
  @TempDir Path dir;

  @Test
  void holdsEveryTopicAndEdgeAndIsExactlyWhatTheHtmlPageEmbeds() throws Exception {
    ExportFixtures f = ExportFixtures.bundled();
    Curriculum c = f.curriculum();
    String json = Files.readString(f.exportTo(dir, "map", f.all(), ExportFormat.MAP_JSON));
    JsonObject o = JSON.parse(json);
    assertEquals(c.size(), o.get("nodes").getAsArray().size());
    assertEquals(c.edgeCount(), o.get("edges").getAsArray().size());
    assertEquals(c.areas().size(), o.get("areas").getAsArray().size());
    String html = Files.readString(f.exportTo(dir, "map", f.all(), ExportFormat.HTML));
    assertTrue(html.contains(json), "the page embeds the same data");
  }

  @Test
  void aPathMarksItsStepsAndNoLabelCanEndAScriptElement() throws Exception {
    ExportFixtures n = ExportFixtures.nasty();
    String json = Files.readString(n.exportTo(dir, "nasty", n.all(), ExportFormat.MAP_JSON));
    assertTrue(!json.contains("<") && !json.contains(">"), "< and > are escaped");
    ExportFixtures f = ExportFixtures.bundled();
    JsonObject path =
        JSON.parse(
            Files.readString(
                f.exportTo(dir, "path", f.path("activation-functions"), ExportFormat.MAP_JSON)));
    assertTrue(path.get("path").getAsBoolean().value());
    assertTrue(path.get("nodes").getAsArray().get(0).getAsObject().hasKey("step"));
  }
}
