package io.github.mlpath.cli;

import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.ImportReport;
import java.io.PrintWriter;
import java.util.List;

/** The text form of an import's report: counts, then each kind of finding, then validation. */
final class ImportReportText {
  private ImportReportText() {}

  static void print(ImportReport r, PrintWriter out) {
    out.printf(
        "import %s %s -> %s%s%n",
        r.format(), r.source(), r.output(), r.lenient() ? " (lenient)" : "");
    out.println("read:    " + counts(r.read()));
    out.println("written: " + counts(r.written()));
    section(out, "notes", r.notes());
    section(out, "dangling references", r.dangling());
    section(out, "self-loops", r.selfLoops());
    section(out, "duplicates", r.duplicates());
    out.printf(
        "cycles: %d strongly connected component%s%n",
        r.cycles().size(), plural(r.cycles().size()));
    int i = 1;
    for (ImportReport.Cycle c : r.cycles()) {
      out.printf(
          "  %d. %d topics: %s%n     for example %s -> %s%n",
          i++,
          c.topics().size(),
          String.join(", ", c.topics()),
          String.join(" -> ", c.example()),
          c.example().get(0));
    }
    if (r.lenient()) {
      section(out, "dropped", r.dropped());
    }
    validation(r, out);
  }

  private static String counts(ImportReport.Counts c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.topics())
        .append(" topics (")
        .append(c.learningTimes())
        .append(" with a learning time, ")
        .append(c.wikipediaArticles())
        .append(" with a Wikipedia article), ")
        .append(c.edges())
        .append(" prerequisite pairs (")
        .append(c.gistEdges())
        .append(" gist, ")
        .append(c.reasons())
        .append(" with a reason)");
    if (c.negativePairs() > 0) {
      sb.append(", ")
          .append(c.negativePairs())
          .append(c.negativePairs() == 1 ? " pair" : " pairs")
          .append(" labelled not a prerequisite");
    }
    if (c.resources() > 0) {
      sb.append(", ").append(c.resources()).append(" resources");
    }
    return sb.toString();
  }

  private static void section(PrintWriter out, String title, List<ImportFinding> findings) {
    out.printf("%s: %d%n", title, findings.size());
    findings.forEach(f -> out.println("  " + f));
  }

  private static void validation(ImportReport r, PrintWriter out) {
    long errors = r.validation().stream().filter(p -> p.severity() == Severity.ERROR).count();
    long warnings = r.validation().stream().filter(p -> p.severity() == Severity.WARNING).count();
    out.printf(
        "validate %s: %s, %d error%s, %d warning%s%n",
        r.output(),
        r.valid() ? "valid" : "invalid",
        errors,
        plural(errors),
        warnings,
        plural(warnings));
    for (Problem p : r.validation()) {
      out.println("  " + p);
    }
    if (!r.valid() && !r.lenient()) {
      out.println(
          "  (run again with --lenient to drop what keeps it from validating; as it is, a goal"
              + " whose prerequisites none of these touch still plans)");
    }
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }
}
