package io.github.mlpath.graph.merge;

import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The line a planning command prints about a merge. Apart from {@link Merger} because it needs no
 * RDF: a command that plans from a snapshot loads no Jena class.
 */
public final class MergeSummary {
  private MergeSummary() {}

  /** One line for planning commands saying what a merge did, when it did anything. */
  public static Optional<String> of(List<Problem> notes) {
    if (notes.isEmpty()) {
      return Optional.empty();
    }
    long merged = notes.stream().filter(p -> p.severity() == Severity.INFO).count();
    long warnings = notes.size() - merged;
    return Optional.of(
        merged
            + (merged == 1 ? " topic" : " topics")
            + " of yours merged into the bundled curriculum, "
            + warnings
            + (warnings == 1 ? " conflict" : " conflicts")
            + " (the bundled values kept); 'mlpath validate FILE... --bundled' lists them");
  }
}
