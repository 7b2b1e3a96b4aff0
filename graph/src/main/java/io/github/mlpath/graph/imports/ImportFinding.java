package io.github.mlpath.graph.imports;

import io.github.mlpath.core.Records;
import io.github.mlpath.graph.SourceLocation;
import java.util.Optional;

/**
 * One thing an import noticed, kept or dropped, in one line. Immutable.
 *
 * @param rule a stable id, such as {@code dangling} or {@code cycle-edge}
 * @param message what it is, in the dataset's own names
 * @param at where in the dataset, when known
 */
public record ImportFinding(String rule, String message, Optional<SourceLocation> at) {

  public ImportFinding {
    Records.requireNonNull(ImportFinding.class, rule, message, at);
  }

  /** A finding at a known place. */
  public static ImportFinding at(SourceLocation where, String rule, String message) {
    return new ImportFinding(rule, message, Optional.of(where));
  }

  /** {@code FILE:LINE: message}, or the message alone. */
  @Override
  public String toString() {
    return at.map(l -> l + ": ").orElse("") + message;
  }
}
