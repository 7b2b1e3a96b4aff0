package io.github.mlpath.graph.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.RdfReader;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

class NTriplesWriterTest {

  private static String nTriples(Curriculum c) {
    StringWriter out = new StringWriter();
    NTriplesWriter.write(c, out);
    return out.toString();
  }

  @Test
  void whatItWritesLoadsStrictlyAndReadsBackAsTheSameCurriculum() {
    Curriculum c = SyntheticCurriculum.generate(500, 3);
    byte[] bytes = nTriples(c).getBytes(StandardCharsets.UTF_8);
    DataSource nt =
        new DataSource("synthetic.nt", Lang.NTRIPLES, () -> new ByteArrayInputStream(bytes));
    Curriculum back = RdfReader.curriculumOf(RdfLoader.withVocabulary(List.of(nt)));
    assertEquals(c.size(), back.size());
    assertEquals(c.edgeCount(), back.edgeCount());
    for (int v = 0; v < c.size(); v++) {
      int w = back.indexOf(c.id(v)).getAsInt();
      assertEquals(c.label(v), back.label(w));
      assertEquals(c.kind(v), back.kind(w));
      assertEquals(c.area(v).orElseThrow().id(), back.area(w).orElseThrow().id());
      assertEquals(c.requires().neighbors(v).length, back.requires().neighbors(w).length);
    }
  }

  @Test
  void writesNTriplesInTheMlpathVocabulary() {
    Curriculum c = SyntheticCurriculum.generate(3, 5);
    String nt = nTriples(c);
    assertTrue(
        nt.startsWith(
            "<https://w3id.org/mlpath/area/python>"
                + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
                + " <https://w3id.org/mlpath/ns#Area> .\n"),
        nt);
    assertTrue(
        nt.contains(
            "<https://w3id.org/mlpath/topic/topic-0000000>"
                + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"Topic 0\"@en .\n"),
        nt);
    long requires =
        nt.lines().filter(l -> l.contains("<https://w3id.org/mlpath/ns#requires>")).count();
    assertEquals(c.edgeCount(), requires);
    for (String line : nt.split("\n")) {
      assertTrue(line.endsWith(" ."), line);
    }
  }

  @Test
  void escapesLiteralsAndWritesReasonsAsQualifiedRequirements() {
    assertEquals("\"say \\\"hi\\\"\\n\\\\\"@en", NTriplesWriter.literal("say \"hi\"\n\\"));
    String nt = nTriples(SeedFixture.curriculum());
    assertTrue(nt.contains("<https://w3id.org/mlpath/ns#qualifiedRequirement> _:q"), nt);
    assertTrue(
        nt.contains(
            "<https://w3id.org/mlpath/ns#reason> \"the chain rule differentiates compositions\"@en"));
    assertTrue(nt.contains("<http://www.w3.org/2004/02/skos/core#altLabel> \"OOP\"@en"));
  }
}
