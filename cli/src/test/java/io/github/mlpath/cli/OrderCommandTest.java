package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpath.cli.request.ExitCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderCommandTest {
  @Test
  void printsTheBundledCurriculumWithEveryTopicAfterItsPrerequisites() throws Exception {
    Run run = Run.of("order", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode topics = new ObjectMapper().readTree(run.out()).get("topics");
    Map<String, Integer> position = new HashMap<>();
    for (JsonNode t : topics) {
      position.put(t.get("id").asText(), t.get("position").asInt());
    }
    assertTrue(position.containsKey("activation-functions"));
    for (JsonNode t : topics) {
      for (JsonNode r : t.get("requires")) {
        assertTrue(
            position.get(r.asText()) < t.get("position").asInt(),
            r.asText() + " must come before " + t.get("id").asText());
      }
    }
  }

  @Test
  void sameDataGivesTheSameOrderEveryTime() {
    assertEquals(Run.of("order").out(), Run.of("order").out());
  }

  @Test
  void textOrderNumbersEachTopicWithItsIdKindAndArea() {
    Run run = Run.of("order");
    List<String> lines = new ArrayList<>(run.out().lines().toList());
    assertTrue(lines.size() > 10);
    assertTrue(
        lines.stream()
            .anyMatch(
                l -> l.matches(" *\\d+\\. Derivatives \\(derivatives\\) \\[math, Calculus\\]")),
        run.out());
  }

  @Test
  void cycleInTheDataIsRefusedWithTheCycleNamedAndExitCode4() {
    Run run = Run.of("order", "--data", Run.fixture("cycle.ttl"));
    assertEquals(ExitCodes.BAD_DATA, run.exitCode());
    assertTrue(run.err().contains("a -> b -> c -> a"), run.err());
    assertEquals("", run.out());
  }
}
