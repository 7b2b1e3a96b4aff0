package io.github.mlpath.graph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.load.Input;
import io.github.mlpath.graph.load.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  @TempDir Path tmp;

  @Test
  void aSlotIs32HexDigitsAndNamesOfOneCharacterApartGetTheirOwn() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String h = Fingerprint.hash("slot|build|/data/topics-" + i + ".ttl|");
      assertTrue(h.matches("[0-9a-f]{32}"), h);
      assertTrue(seen.add(h), "two names share the slot " + h);
    }
    assertNotEquals(Fingerprint.hash("ab"), Fingerprint.hash("ba"));
    assertNotEquals(Fingerprint.hash("é"), Fingerprint.hash("e"));
  }

  @Test
  void theKeyChangesWithOneByteOfAFileAndNamesTheBuild() throws IOException {
    Path f = tmp.resolve("t.ttl");
    Files.writeString(f, "<a> <b> <c> .\n");
    List<Input> inputs = Inputs.of(List.of(f), false);
    String before = Fingerprint.key(inputs);
    Files.writeString(f, "<a> <b> <d> .\n");
    String after = Fingerprint.key(inputs);
    assertNotEquals(before, after);
    assertTrue(before.contains(Fingerprint.BUILD), before);
    assertEquals(Fingerprint.slot(inputs), Fingerprint.slot(Inputs.of(List.of(f), false)));
  }
}
