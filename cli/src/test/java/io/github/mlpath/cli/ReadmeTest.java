package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.cli.request.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's examples print what the README says they print. */
class ReadmeTest {
  /** The lines the README shows after {@code $ COMMAND}, up to the next command or block end. */
  static List<String> shownAfter(String command) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int at = lines.indexOf("$ " + command);
    if (at < 0) {
      throw new AssertionError("the README shows no '$ " + command + "'");
    }
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(at + 1, lines.size())) {
      if (line.startsWith("$ ") || line.startsWith("```")) {
        break;
      }
      out.add(line);
    }
    return out;
  }

  @Test
  void validateExampleMatchesWhatTheCommandPrints() throws Exception {
    String file = Run.fixture("readme/my-topics.ttl");
    Run run = Run.of("validate", file);
    assertEquals(ExitCodes.BAD_DATA, run.exitCode(), run.err());
    assertEquals(
        shownAfter("./mlpath validate my-topics.ttl"),
        run.out().replace(file, "my-topics.ttl").lines().toList());
  }
}
