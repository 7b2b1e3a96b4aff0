package io.github.mlpath.graph.imports.check;

import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.ImportReport;
import io.github.mlpath.graph.imports.Imported;
import io.github.mlpath.graph.imports.ImportedEdge;
import io.github.mlpath.graph.imports.ImportedTopic;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every check an import runs on what it read, in order: topics sharing a label (merged when
 * lenient) or a Wikipedia article, pairs stated twice, self-loops, dangling pairs, and cycles
 * (broken when lenient, see {@link CycleBreaker}). Without {@code --lenient} nothing is dropped:
 * the output keeps each problem for {@code mlpath validate} to point at.
 */
public final class ImportCheck {
  private ImportCheck() {}

  /**
   * What the checks leave and found.
   *
   * @param kept the dataset to write
   * @param looseArticles slugs of topics whose Wikipedia link is only a close match
   */
  public record Checked(
      Imported kept,
      Set<String> looseArticles,
      List<ImportFinding> dangling,
      List<ImportFinding> selfLoops,
      List<ImportFinding> duplicates,
      List<ImportReport.Cycle> cycles,
      List<ImportFinding> dropped) {
    public Checked {
      Objects.requireNonNull(kept, "kept");
      looseArticles = Set.copyOf(looseArticles);
    }
  }

  /** Runs every check; with {@code lenient}, drops what cannot be kept. */
  public static Checked check(Imported in, boolean lenient) {
    Findings f = new Findings();
    Imported data = DuplicateTopics.labels(in, lenient, f);
    Set<String> loose = DuplicateTopics.looseArticles(data.topics(), f);
    Set<String> topics =
        data.topics().stream()
            .map(ImportedTopic::slug)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    List<ImportedEdge> edges = EdgeChecks.once(data.edges(), f);
    edges = EdgeChecks.selfLoops(edges, lenient, f);
    edges = EdgeChecks.dangling(edges, topics, lenient, f);
    f.cycles.addAll(CycleBreaker.components(topics, edges));
    if (lenient) {
      edges = CycleBreaker.breakAll(topics, edges, f);
    }
    return new Checked(
        data.with(data.topics(), edges, data.resources(), data.startWith()),
        loose,
        f.dangling,
        f.selfLoops,
        f.duplicates,
        f.cycles,
        f.dropped);
  }
}
