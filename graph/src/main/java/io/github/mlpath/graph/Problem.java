package io.github.mlpath.graph;

import io.github.mlpath.core.Records;
import java.util.Optional;

/**
 * One problem that validation found. Immutable.
 *
 * @param severity error, warning or info
 * @param rule a stable id for the rule, such as {@code cycle} or {@code resource-url}
 * @param message what is wrong, in one line
 * @param focus the IRI of the topic or resource concerned, if any
 * @param location the file and line, when found
 */
public record Problem(
    Severity severity,
    String rule,
    String message,
    Optional<String> focus,
    Optional<SourceLocation> location) {

  public Problem {
    Records.requireNonNull(Problem.class, severity, rule, message, focus, location);
  }

  /** {@code FILE:LINE: severity: message [rule]}, or {@code <IRI>: ...} without a location. */
  @Override
  public String toString() {
    String where =
        location
            .map(SourceLocation::toString)
            .or(() -> focus.map(f -> "<" + f + ">"))
            .orElse("(data)");
    return where + ": " + severity.label() + ": " + message + " [" + rule + "]";
  }
}
