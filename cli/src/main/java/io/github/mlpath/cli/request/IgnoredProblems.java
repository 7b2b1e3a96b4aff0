package io.github.mlpath.cli.request;

import io.github.mlpath.graph.CurriculumSource;
import java.util.Optional;

/**
 * The errors of the data an answer was given despite: they lie outside the topics the answer rests
 * on, which is why it was given. The command line says so in one line on standard error; JSON
 * answers, of the command and of the API, carry it as their {@code ignoredProblems} field.
 *
 * @param count how many errors the data holds
 * @param listedBy the command that lists them, such as {@code mlpath validate my.ttl}
 */
public record IgnoredProblems(long count, String listedBy) {

  /** What {@code source}'s answers ignored, if its data has any error. */
  public static Optional<IgnoredProblems> of(CurriculumSource source, String listedBy) {
    long n = source.errorCount();
    return n == 0 ? Optional.empty() : Optional.of(new IgnoredProblems(n, listedBy));
  }

  /** The line the command line prints. */
  public String line() {
    return count
        + (count == 1 ? " problem" : " problems")
        + " outside the topics this answer needs ignored; '"
        + listedBy
        + "' lists them";
  }
}
