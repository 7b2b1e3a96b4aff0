package io.github.mlpath.graph;

import io.github.mlpath.core.Curriculum;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What one read of RDF gives: the curriculum, built from everything that could be used, and every
 * problem found on the way, each with its location. Planning and validation take both from the same
 * read, so they can never disagree; planning uses {@link #blocking} to tell the problems that
 * concern the topics it plans on from those elsewhere in the data. Immutable.
 */
public final class ReadResult {
  /** Problems in report order: errors first, then by file, line and message. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::severity)
          .thenComparing(p -> p.location().map(SourceLocation::source).orElse("~"))
          .thenComparingLong(p -> p.location().map(SourceLocation::line).orElse(0L))
          .thenComparingLong(p -> p.location().map(SourceLocation::column).orElse(0L))
          .thenComparing(Problem::message);

  /**
   * A problem and the ids of the topics it concerns; none means it concerns the whole data (a file
   * that could not be parsed).
   *
   * @param problem the problem
   * @param topics the ids of the topics it is about
   */
  public record Finding(Problem problem, List<String> topics) {
    public Finding {
      topics = List.copyOf(topics);
    }
  }

  private final Curriculum curriculum;
  private final List<Finding> findings;
  private final boolean unreadable;

  public ReadResult(Curriculum curriculum, List<Finding> findings, boolean unreadable) {
    this.curriculum = curriculum;
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Finding::problem, ORDER));
    this.findings = List.copyOf(sorted);
    this.unreadable = unreadable;
  }

  /** The curriculum: everything in the data that could be read. */
  public Curriculum curriculum() {
    return curriculum;
  }

  /** Every problem, with the topics each concerns, in report order. */
  public List<Finding> findings() {
    return findings;
  }

  /** Every problem, in report order. */
  public List<Problem> problems() {
    return findings.stream().map(Finding::problem).toList();
  }

  /** The problems as a validation report. */
  public ValidationReport report() {
    return new ValidationReport(problems());
  }

  /** Whether some file or folder could not be read at all. */
  public boolean unreadable() {
    return unreadable;
  }

  /** How many errors (not warnings). */
  public long errorCount() {
    return findings.stream().filter(f -> f.problem().severity() == Severity.ERROR).count();
  }

  /**
   * The errors that concern any of {@code topicIds}, or the whole data: those that make planning on
   * these topics unsafe. The other errors are elsewhere in the data and can be ignored (and
   * counted) by a planner.
   */
  public List<Problem> blocking(Collection<String> topicIds) {
    java.util.Set<String> scope = new java.util.HashSet<>(topicIds);
    List<Problem> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.problem().severity() == Severity.ERROR
          && (f.topics().isEmpty() || f.topics().stream().anyMatch(scope::contains))) {
        out.add(f.problem());
      }
    }
    return out;
  }
}
