package io.github.mlpath.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.export.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The web app's logic that is not layout (track.js, api.js, map.js), tested by Node's built-in test
 * runner on {@code src/test/js}. Without Node the test is skipped, unless {@code
 * MLPATH_REQUIRE_TOOLS=1}.
 */
class AppScriptsTest {
  @Test
  void theAppsScriptsPassTheirNodeTests() {
    String node = Tools.program("node", "nodejs");
    Path tests = Path.of("src", "test", "js").toAbsolutePath();
    assertTrue(Files.isDirectory(tests), tests + " is missing");
    Tools.Result r = Tools.run(node, "--test", tests.toString());
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("# fail 0"), r.out());
  }
}
