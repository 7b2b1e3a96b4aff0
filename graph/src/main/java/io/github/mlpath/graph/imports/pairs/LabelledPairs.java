package io.github.mlpath.graph.imports.pairs;

import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.text.Delimited;
import io.github.mlpath.graph.imports.text.TextFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pair lines of a delimited file by column: which column holds the prerequisite, which
 * the dependent, and (optionally) which a label, where {@code 1} means a prerequisite and {@code 0}
 * not. Lines with too few columns or another label are noted and skipped; blank lines are skipped.
 */
final class LabelledPairs {
  /**
   * Column positions, 0-based.
   *
   * @param prerequisite the column of the topic to learn first
   * @param dependent the column of the topic that needs it
   * @param label the column of the 0/1 label, or -1 when every line is a prerequisite pair
   */
  record Columns(int prerequisite, int dependent, int label) {}

  private LabelledPairs() {}

  static PairsLayout.Pairs read(
      TextFile f,
      char delimiter,
      Columns c,
      int skipLines,
      List<PairsLayout.Named> topics,
      List<ImportFinding> notes) {
    List<PairsLayout.Pair> pairs = new ArrayList<>();
    int negatives = 0;
    int needed = Math.max(c.prerequisite(), Math.max(c.dependent(), c.label())) + 1;
    for (int i = skipLines; i < f.lines().size(); i++) {
      String line = f.lines().get(i);
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = Delimited.split(line, delimiter);
      if (fields.size() < needed) {
        notes.add(
            ImportFinding.at(
                f.at(i),
                "short-line",
                fields.size()
                    + " column"
                    + (fields.size() == 1 ? "" : "s")
                    + " where "
                    + needed
                    + " were expected: skipped"));
        continue;
      }
      String label = c.label() < 0 ? "1" : fields.get(c.label());
      if (label.equals("0")) {
        negatives++;
        continue;
      }
      if (!label.equals("1")) {
        notes.add(
            ImportFinding.at(
                f.at(i), "bad-label", "label '" + label + "' is neither 0 nor 1: skipped"));
        continue;
      }
      String dependent = fields.get(c.dependent());
      String prerequisite = fields.get(c.prerequisite());
      if (dependent.isEmpty() || prerequisite.isEmpty()) {
        notes.add(ImportFinding.at(f.at(i), "empty-name", "a topic name is empty: skipped"));
        continue;
      }
      pairs.add(new PairsLayout.Pair(dependent, prerequisite, f.at(i)));
    }
    return new PairsLayout.Pairs(topics, pairs, negatives);
  }
}
