package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.cli.request.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --data FILE --bundled merges the file's topics into the bundled ones, in every command. */
class MergeCommandsTest {
  private static final String FILE = "src/test/resources/ffnn.ttl";

  @Test
  void pathOnMergedDataPlansTheConceptOnceAndSaysWhatWasMerged() {
    Run run = Run.of("path", "--goal", "my digit reader", "--data", FILE, "--bundled");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Neural networks (neural-networks)"), run.out());
    assertFalse(run.out().contains("Feed-forward neural nets"), run.out());
    assertTrue(
        run.err().startsWith("mlpath: 1 topic of yours merged into the bundled curriculum"),
        run.err());
  }

  @Test
  void theUsersNameForTheMergedTopicStillFindsIt() {
    Run run =
        Run.of("why", "my-digit-reader", "feed-forward neural nets", "--data", FILE, "--bundled");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("neural-networks"), run.out());
  }

  @Test
  void validateListsTheMergeAtTheUsersLine() {
    Run run = Run.of("validate", FILE, "--bundled");
    assertEquals(ExitCodes.OK, run.exitCode(), run.out());
    assertTrue(
        run.out()
            .contains(
                FILE
                    + ":8: info: topic 'feed-forward-neural-nets' is the bundled topic"
                    + " 'neural-networks' (same article: wikipedia:Neural network (machine"
                    + " learning)): merged [merged]"),
        run.out());
    assertTrue(
        run.out().contains(FILE + ":8: warning: topic 'feed-forward-neural-nets'"), run.out());
  }

  @Test
  void loadBundledMergesTooSoTheStorePlansEachConceptOnce(@TempDir Path dir) {
    String store = dir.resolve("store").toString();
    Run load = Run.of("load", "--store", store, "--bundled", FILE);
    assertEquals(ExitCodes.OK, load.exitCode(), load.err());
    assertTrue(load.out().contains("1 topic of yours merged"), load.out());
    Run path = Run.of("path", "--goal", "my-digit-reader", "--store", store);
    assertEquals(ExitCodes.OK, path.exitCode(), path.err());
    assertTrue(path.out().contains("Neural networks (neural-networks)"), path.out());
    assertFalse(path.out().contains("Feed-forward neural nets"), path.out());
  }

  @Test
  void aMappingNeedsDataAndBundled() {
    Run run = Run.of("path", "--goal", "x", "--mapping", "m.csv");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("--mapping goes with --data and --bundled"), run.err());
  }
}
