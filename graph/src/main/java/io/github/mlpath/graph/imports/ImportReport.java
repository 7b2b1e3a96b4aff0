package io.github.mlpath.graph.imports;

import io.github.mlpath.core.Records;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.Severity;
import java.util.List;

/**
 * What an import read, what it found wrong, what it dropped (with {@code --lenient}) and whether
 * the file it wrote passes {@code mlpath validate}. Immutable; {@code mlpath import} prints it as
 * text or JSON.
 *
 * @param format the importer, such as {@code metacademy}
 * @param source the dataset read, as the user named it
 * @param output the file written, as the user named it
 * @param lenient whether what cannot be kept was dropped
 * @param read what the dataset holds
 * @param written what the output holds
 * @param notes what the readers repaired or skipped on the way
 * @param dangling pairs that name a topic the dataset does not define
 * @param selfLoops topics that require themselves
 * @param duplicates pairs stated twice, topics sharing a label, topics sharing a Wikipedia article
 * @param cycles every strongly connected component of the prerequisite graph, with its topics
 * @param dropped with {@code --lenient}, one line per pair dropped or topic merged
 * @param validation the problems {@code mlpath validate} finds in the output, with its lines
 */
public record ImportReport(
    String format,
    String source,
    String output,
    boolean lenient,
    Counts read,
    Counts written,
    List<ImportFinding> notes,
    List<ImportFinding> dangling,
    List<ImportFinding> selfLoops,
    List<ImportFinding> duplicates,
    List<Cycle> cycles,
    List<ImportFinding> dropped,
    List<Problem> validation) {

  public ImportReport {
    Records.requireNonNull(ImportReport.class, format, source, output, read, written);
    notes = List.copyOf(notes);
    dangling = List.copyOf(dangling);
    selfLoops = List.copyOf(selfLoops);
    duplicates = List.copyOf(duplicates);
    cycles = List.copyOf(cycles);
    dropped = List.copyOf(dropped);
    validation = List.copyOf(validation);
  }

  /**
   * Sizes of a dataset.
   *
   * @param topics topics
   * @param edges prerequisite pairs (each stated pair, when counting what was read)
   * @param gistEdges pairs where only the gist is needed
   * @param reasons pairs with a reason
   * @param resources learning resources
   * @param learningTimes topics with a learning time
   * @param wikipediaArticles topics linked to a Wikipedia article
   * @param negativePairs pairs labelled as not prerequisites (pair lists only)
   */
  public record Counts(
      int topics,
      int edges,
      int gistEdges,
      int reasons,
      int resources,
      int learningTimes,
      int wikipediaArticles,
      int negativePairs) {}

  /**
   * A strongly connected component of more than one topic: every topic in it lies on a cycle.
   *
   * @param topics the ids of its topics, sorted
   * @param example one cycle through its first topic, each topic requiring the next
   */
  public record Cycle(List<String> topics, List<String> example) {
    public Cycle {
      topics = List.copyOf(topics);
      example = List.copyOf(example);
    }
  }

  /** Whether the output passes {@code mlpath validate} (warnings allowed). */
  public boolean valid() {
    return validation.stream().noneMatch(p -> p.severity() == Severity.ERROR);
  }
}
