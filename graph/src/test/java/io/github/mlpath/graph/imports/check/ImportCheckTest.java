package io.github.mlpath.graph.imports.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.Imported;
import io.github.mlpath.graph.imports.ImportedEdge;
import io.github.mlpath.graph.imports.ImportedTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportCheckTest {
  private static ImportedTopic topic(String slug) {
    return new ImportedTopic(
        slug,
        slug,
        slug,
        TopicKind.ML_CONCEPT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        new SourceLocation("topics", 1, 0));
  }

  private static ImportedEdge edge(String from, String to, int line, String reason, boolean gist) {
    return new ImportedEdge(
        from,
        to,
        from,
        to,
        Optional.ofNullable(reason),
        gist,
        new SourceLocation("pairs", line, 0));
  }

  private static Imported data(List<ImportedEdge> edges, String... topics) {
    List<ImportedTopic> ts = new ArrayList<>();
    for (String t : topics) {
      ts.add(topic(t));
    }
    return new Imported(
        "test", "test", List.of(), "urn:x/", ts, edges, 0, List.of(), Map.of(), List.of());
  }

  private static List<String> dropped(Imported d) {
    return ImportCheck.check(d, true).dropped().stream().map(ImportFinding::rule).toList();
  }

  private static List<String> kept(Imported d) {
    return ImportCheck.check(d, true).kept().edges().stream().map(ImportedEdge::pair).toList();
  }

  @Test
  void aGistEdgeIsDroppedFirstWhateverItsLine() {
    Imported d =
        data(
            List.of(
                edge("a", "b", 1, "why", true),
                edge("b", "c", 2, "why", false),
                edge("c", "a", 3, null, false)),
            "a",
            "b",
            "c");
    assertEquals(List.of("b -> c", "c -> a"), kept(d));
  }

  @Test
  void withoutGistEdgesAnEdgeWithoutAReasonGoesBeforeOneWithAReason() {
    Imported d =
        data(
            List.of(
                edge("a", "b", 1, null, false),
                edge("b", "c", 2, "why", false),
                edge("c", "a", 3, "why", false)),
            "a",
            "b",
            "c");
    assertEquals(List.of("b -> c", "c -> a"), kept(d));
  }

  @Test
  void otherwiseTheEdgeStatedLastGoes() {
    Imported d =
        data(
            List.of(
                edge("a", "b", 1, null, false),
                edge("b", "c", 2, null, false),
                edge("c", "a", 3, null, false)),
            "a",
            "b",
            "c");
    assertEquals(List.of("a -> b", "b -> c"), kept(d));
  }

  @Test
  void dropsUntilNoCycleIsLeftAndNamesTheComponentOnce() {
    Imported d =
        data(
            List.of(
                edge("a", "b", 1, null, false),
                edge("b", "a", 2, null, false),
                edge("b", "c", 3, null, false),
                edge("c", "b", 4, null, false),
                edge("x", "y", 5, null, false)),
            "a",
            "b",
            "c",
            "x",
            "y");
    ImportCheck.Checked checked = ImportCheck.check(d, true);
    assertEquals(1, checked.cycles().size());
    assertEquals(List.of("a", "b", "c"), checked.cycles().get(0).topics());
    assertEquals(List.of("cycle-edge", "cycle-edge"), dropped(d));
    assertEquals(List.of("a -> b", "b -> c", "x -> y"), kept(d));
  }

  @Test
  void withoutLenientNothingIsDropped() {
    Imported d =
        data(List.of(edge("a", "b", 1, null, false), edge("b", "a", 2, null, false)), "a", "b");
    ImportCheck.Checked checked = ImportCheck.check(d, false);
    assertEquals(List.of(), checked.dropped());
    assertEquals(2, checked.kept().edges().size());
  }
}
