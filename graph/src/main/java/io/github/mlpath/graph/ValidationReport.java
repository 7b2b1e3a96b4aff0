package io.github.mlpath.graph;

import java.util.List;

/**
 * Every problem that one validation run found, in a stable order (errors first, then by location
 * and message). Immutable.
 *
 * @param problems the problems
 */
public record ValidationReport(List<Problem> problems) {
  public ValidationReport {
    problems = List.copyOf(problems);
  }

  /** True when there is no error; warnings alone still conform. */
  public boolean conforms() {
    return count(Severity.ERROR) == 0;
  }

  public long count(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }
}
