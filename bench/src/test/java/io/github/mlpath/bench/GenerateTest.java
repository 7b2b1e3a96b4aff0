package io.github.mlpath.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.order.TieBreak;
import io.github.mlpath.core.order.TopologicalSort;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.RdfReader;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

class GenerateTest {

  private static String generate(String... args) throws Exception {
    StringWriter out = new StringWriter();
    assertEquals(0, Generate.run(List.of(args), out));
    return out.toString();
  }

  @Test
  void generatedCurriculumLoadsAndOrdersLikeAnyOther() throws Exception {
    byte[] nt = generate("--topics", "500", "--seed", "3").getBytes(StandardCharsets.UTF_8);
    Curriculum c =
        RdfReader.curriculumOf(
            RdfLoader.withVocabulary(
                List.of(
                    new DataSource(
                        "generated.nt", Lang.NTRIPLES, () -> new ByteArrayInputStream(nt)))));
    assertEquals(500, c.size());
    assertTrue(c.requires().edgeCount() > 0, "the generated topics have prerequisites");
    int[] order = TopologicalSort.order(c, TieBreak.byLabel());
    assertEquals(500, order.length);
    BitSet placed = new BitSet();
    for (int v : order) {
      for (int w : c.requires().neighbors(v)) {
        assertTrue(placed.get(w), c.id(v) + " is ordered before its prerequisite " + c.id(w));
      }
      placed.set(v);
    }
  }

  @Test
  void sameSeedGivesTheSameFileAndAnotherSeedAnother() throws Exception {
    assertEquals(
        generate("--topics", "50", "--seed", "9"), generate("--topics", "50", "--seed", "9"));
    assertNotEquals(
        generate("--topics", "50", "--seed", "9"), generate("--topics", "50", "--seed", "10"));
  }

  @Test
  void badArgumentsExitTwoAndWriteNothing() throws Exception {
    for (List<String> args :
        List.of(
            List.<String>of(),
            List.of("--topics", "0"),
            List.of("--topics", "many"),
            List.of("--topics", "5", "--colour", "red"))) {
      StringWriter out = new StringWriter();
      assertEquals(2, Generate.run(args, out), args.toString());
      assertEquals("", out.toString(), args.toString());
    }
  }
}
