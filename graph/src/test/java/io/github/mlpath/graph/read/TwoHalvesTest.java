package io.github.mlpath.graph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.Halves;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.synthetic.NTriplesWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large N-Triples file read as two halves at once reads as it does whole. */
class TwoHalvesTest {
  private static final String T = "https://w3id.org/mlpath/topic/";
  private static final String NS = "https://w3id.org/mlpath/ns#";

  @TempDir Path dir;

  @Test
  void problemsPositionsBlankNodesAndTheCurriculumAreThoseOfOneReading() throws IOException {
    List<String> lines = new ArrayList<>(synthetic(400));
    int middle = lines.size() / 2;
    // Qualified requirements whose blank node is named on both sides of the cut.
    for (int i = 0; i < 20; i++) {
      String topic = T + "topic-" + pad(300 + i);
      lines.add(1 + i, triple(topic, NS + "qualifiedRequirement", "_:q" + i));
      lines.add("_:q" + i + " <" + NS + "requiredTopic> <" + T + "topic-" + pad(1 + i) + "> .");
      lines.add("_:q" + i + " <" + NS + "reason> \"reason " + i + "\" .");
    }
    // Problems on both sides: undefined prerequisites, a learning time that is no duration.
    lines.add(middle / 2, triple(T + "topic-" + pad(5), NS + "requires", "<" + T + "nowhere-a>"));
    lines.add(triple(T + "topic-" + pad(7), NS + "requires", "<" + T + "nowhere-b>"));
    lines.add(triple(T + "topic-" + pad(9), NS + "learningTime", "\"ninety minutes\""));
    Path file = write("big.nt", lines);
    assertTrue(readsInHalves(file), "both halves parse");

    ReadResult whole = read(file, Long.MAX_VALUE);
    ReadResult halves = read(file, 0);
    List<Problem> problems = whole.problems();
    assertTrue(problems.size() >= 3, problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.location().orElseThrow().line() > lines.size() / 2 + 10),
        "a problem is located in the second half");
    assertEquals(problems, halves.problems());
    assertSameCurriculum(whole, halves);
  }

  @Test
  void aSyntaxErrorInEitherHalfIsTheOneAWholeReadingReports() throws IOException {
    for (double at : new double[] {0.25, 0.75}) {
      List<String> lines = new ArrayList<>(synthetic(300));
      int bad = (int) (lines.size() * at);
      lines.set(bad, "<" + T + "broken> <" + NS + "requires> <" + T + "x> ");
      Path file = write("bad" + at + ".nt", lines);
      assertFalse(readsInHalves(file), "a half fails, so the file is read whole");
      ReadResult whole = read(file, Long.MAX_VALUE);
      ReadResult halves = read(file, 0);
      assertEquals(1, whole.problems().size(), whole.problems().toString());
      assertEquals("syntax", whole.problems().get(0).rule());
      assertEquals(whole.problems(), halves.problems());
      assertSameCurriculum(whole, halves);
    }
  }

  @Test
  void aTripleWrittenOverTwoLinesAtTheCutReadsAsWhole() throws IOException {
    List<String> lines = new ArrayList<>(synthetic(200));
    int middle = lines.size() / 2;
    for (int i = middle - 40; i < middle + 40; i += 2) {
      String[] parts = lines.get(i).split(" ", 2); // subject, then the rest on the next line
      lines.set(i, parts[0]);
      lines.add(i + 1, parts[1]);
    }
    Path file = write("split.nt", lines);
    ReadResult whole = read(file, Long.MAX_VALUE);
    assertEquals(whole.problems(), read(file, 0).problems());
    assertSameCurriculum(whole, read(file, 0));
  }

  /** Whether the file reads as two halves that both parse. */
  private static boolean readsInHalves(Path file) throws IOException {
    Halves halves = Halves.of(source(file), Files.size(file)).orElseThrow();
    Facts facts = new Facts();
    FactSink sink = new FactSink(facts);
    sink.source(facts.startSource(file.toString()));
    return TwoHalves.read(halves, facts, sink, 0, null);
  }

  private static void assertSameCurriculum(ReadResult a, ReadResult b) {
    assertEquals(a.curriculum().size(), b.curriculum().size());
    assertEquals(a.curriculum().prerequisites(), b.curriculum().prerequisites());
    assertEquals(a.curriculum().resources(), b.curriculum().resources());
    for (int v = 0; v < a.curriculum().size(); v++) {
      assertEquals(a.curriculum().topic(v), b.curriculum().topic(v));
    }
  }

  private static ReadResult read(Path file, long pipelineBytes) {
    List<DataSource> sources = RdfLoader.withVocabulary(List.of(source(file)));
    return RdfReader.read(sources, null, pipelineBytes);
  }

  private static DataSource source(Path file) {
    return DataSource.file(file, Lang.NTRIPLES);
  }

  private static List<String> synthetic(int topics) {
    StringWriter out = new StringWriter();
    NTriplesWriter.write(SyntheticCurriculum.generate(topics, 7), out);
    return List.of(out.toString().split("\n"));
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static String triple(String s, String p, String o) {
    return "<" + s + "> <" + p + "> " + o + " .";
  }

  private static String pad(int n) {
    return String.format("%07d", n);
  }
}
