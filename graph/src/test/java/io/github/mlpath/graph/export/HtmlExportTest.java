package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML map from disk in headless Chromium, driven by Selenium. Screenshots go to {@code
 * target/export-*.png}, which CI keeps as artifacts.
 */
class HtmlExportTest {
  @TempDir Path dir;

  @Test
  void chromiumShowsEveryTopicAndClickingOneShowsItsResources() throws Exception {
    ExportFixtures f = ExportFixtures.bundled();
    Curriculum c = f.curriculum();
    JsonObject page =
        open(f.exportTo(dir, "map", f.all(), ExportFormat.HTML), "export-map.png", "derivatives");
    assertEquals(List.of(), strings(page, "errors"), "console errors");
    assertEquals(List.of(), strings(page, "requests"), "the page must not touch the network");
    assertEquals(c.size(), page.get("topics").getAsArray().size(), "one element per topic");
    assertEquals("Derivatives", page.get("heading").getAsString().value());
    int v = c.indexOf("derivatives").getAsInt();
    List<String> expected = c.resourcesFor(v).stream().map(Resource::title).toList();
    List<String> shown =
        page.get("resources").getAsArray().stream()
            .map(r -> r.getAsObject().get("text").getAsString().value())
            .toList();
    assertEquals(c.resourcesFor(v).size() + (startWithExtra(c, v) ? 1 : 0), shown.size());
    assertTrue(shown.containsAll(expected), shown.toString());
    assertTrue(
        strings(page, "reasons")
            .contains(c.reason(v, c.indexOf("linear-functions").getAsInt()).get()));
  }

  @Test
  void aPathIsNumberedInChromiumAndATickSurvivesAReloadFromDisk() throws Exception {
    ExportFixtures f = ExportFixtures.bundled();
    Selection path = f.path("activation-functions");
    JsonObject page =
        open(
            f.exportTo(dir, "path", path, ExportFormat.HTML),
            "export-path.png",
            "activation-functions");
    assertEquals(List.of(), strings(page, "errors"));
    assertEquals(path.size(), page.get("topics").getAsArray().size());
    JsonObject tick = page.get("tick").getAsObject();
    assertTrue(tick.get("afterReload").getAsBoolean().value(), tick.toString());
    assertEquals(
        "1 of " + path.size() + " steps done (ticks are kept in this browser)",
        tick.get("progress").getAsString().value());
  }

  @Test
  void nastyLabelsShowUnchangedInChromium() throws Exception {
    ExportFixtures f = ExportFixtures.nasty();
    Curriculum c = f.curriculum();
    Path html = f.exportTo(dir, "nasty", f.all(), ExportFormat.HTML);
    String text = Files.readString(html);
    assertFalse(text.contains("</script><b>"), "a label cannot end the data's script element");
    JsonObject page = open(html, "export-nasty.png", "unicode");
    assertEquals(List.of(), strings(page, "errors"));
    Map<String, String> titles = new HashMap<>();
    for (JsonValue t : page.get("topics").getAsArray()) {
      titles.put(
          t.getAsObject().get("id").getAsString().value(),
          t.getAsObject().get("title").getAsString().value());
    }
    for (int v = 0; v < c.size(); v++) {
      assertEquals(c.label(v), titles.get(c.id(v)));
    }
    assertEquals("Théorème de Bayes — naïve Ω 日本語 😀", page.get("heading").getAsString().value());
    JsonObject link = page.get("resources").getAsArray().get(0).getAsObject();
    assertEquals("Video: \"<Bayes> & friends\"", link.get("text").getAsString().value());
    assertEquals("https://example.org/watch?v=1&t=2", link.get("href").getAsString().value());
  }

  private static boolean startWithExtra(Curriculum c, int v) {
    return c.startWith(v)
        .map(s -> c.resourcesFor(v).stream().noneMatch(r -> r.id().equals(s.id())))
        .orElse(false);
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.get(key).getAsArray().stream().map(x -> x.getAsString().value()).toList();
  }

  /** Opens the page, clicks {@code topic}, and returns what {@code html_check.py} saw. */
  static JsonObject open(Path html, String screenshot, String topic) throws Exception {
    String python = Tools.python("selenium");
    String chromium = Tools.program("chromium", "chromium-browser", "google-chrome");
    String driver = Tools.program("chromedriver");
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    return JSON.parse(
        Tools.succeed(
            python,
            Tools.script("html_check.py"),
            chromium,
            driver,
            html.toAbsolutePath().toString(),
            target.resolve(screenshot).toString(),
            topic));
  }
}
