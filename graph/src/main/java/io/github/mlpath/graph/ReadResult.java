package io.github.mlpath.graph;

import io.github.mlpath.core.Curriculum;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
  public record Finding(Problem problem, List<String> topics, boolean leftOut) {
    public Finding {
      topics = List.copyOf(topics);
    }

    /** A problem for which nothing was left out of the curriculum. */
    public Finding(Problem problem, List<String> topics) {
      this(problem, topics, false);
    }
  }

  /** The rule of a document that does not parse. */
  public static final String SYNTAX = "syntax";

  /** The rule of a document that cannot be read. */
  public static final String UNREADABLE = "unreadable";

  private static final Set<String> CYCLE_RULES = Set.of("cycle", "self-requirement");

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
   * counted) by a planner. Cycles are left to the planner, which names the cycle on its way.
   */
  public List<Problem> blocking(Collection<String> topicIds) {
    Set<String> scope = new HashSet<>(topicIds);
    List<Problem> out = new ArrayList<>();
    for (Finding f : findings) {
      Problem p = f.problem();
      if (p.severity() == Severity.ERROR
          && !CYCLE_RULES.contains(p.rule())
          && (f.topics().isEmpty() || f.topics().stream().anyMatch(scope::contains))) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Throws the error of the first document that could not be read or parsed, as loading would have:
   * planning never goes on with part of a file.
   *
   * @throws SourceUnreadableException for a document that cannot be read
   * @throws LoadException for one that does not parse, with its file, line and column
   */
  public void requireParsed() {
    for (Finding f : findings) {
      Problem p = f.problem();
      SourceLocation at = p.location().orElse(new SourceLocation("(data)", 0, 0));
      if (p.rule().equals(UNREADABLE)) {
        throw new SourceUnreadableException(at.source(), p.message());
      }
      if (p.rule().equals(SYNTAX)) {
        throw new LoadException(at.source(), at.line(), at.column(), p.message());
      }
    }
  }

  /**
   * Checks that the curriculum holds all of the data: that no error made the reader leave a topic,
   * an edge, a label, an area or a start-with mark out (as reading a graph always required). Other
   * errors, which leave the curriculum whole, are for validation to report.
   *
   * @throws InvalidDataException naming the first such error and how many more there are
   */
  public void checkComplete() {
    List<Problem> missing = new ArrayList<>();
    for (Finding f : findings) {
      if (f.leftOut()) {
        missing.add(f.problem());
      }
    }
    refuse(missing);
  }

  private static void refuse(List<Problem> problems) {
    if (!problems.isEmpty()) {
      Problem first = problems.get(0);
      String more =
          problems.size() == 1
              ? ""
              : " (and " + (problems.size() - 1) + " more; 'mlpath validate' lists them)";
      throw new InvalidDataException(first.toString() + more);
    }
  }

  /**
   * Checks that planning on {@code topicIds} is safe: that no error concerns them (or the data as a
   * whole). Every other error is elsewhere in the data, and an answer on these topics ignores it.
   *
   * @return how many errors the answer ignores ({@code mlpath validate} lists them)
   * @throws InvalidDataException naming the first error that concerns these topics, and how many
   *     more there are
   */
  public long checkUsableFor(Collection<String> topicIds) {
    refuse(blocking(topicIds));
    return errorCount();
  }
}
