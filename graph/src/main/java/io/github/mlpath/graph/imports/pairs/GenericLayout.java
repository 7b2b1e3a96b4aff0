package io.github.mlpath.graph.imports.pairs;

import io.github.mlpath.graph.imports.ImportException;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.text.Delimited;
import io.github.mlpath.graph.imports.text.TextFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Any CSV or TSV of pairs: options say which column holds the prerequisite, which the dependent
 * topic, and optionally which a 0/1 label. A column is given by its 1-based number or, when the
 * file has a header line, by its name. The delimiter is a tab for {@code .tsv} and {@code .tab}
 * files and a comma otherwise, unless given.
 */
public final class GenericLayout implements PairsLayout {
  private final String prerequisite;
  private final String dependent;
  private final Optional<String> label;
  private final Optional<Character> delimiter;
  private final boolean header;

  /**
   * @param prerequisite the column of the topic to learn first: a 1-based number or a header name
   * @param dependent the column of the topic that needs it
   * @param label the column of a 0/1 label, if the file has one
   * @param delimiter the field delimiter, if not the one the file name implies
   * @param header whether the first line names the columns (implied when a column is named)
   */
  public GenericLayout(
      String prerequisite,
      String dependent,
      Optional<String> label,
      Optional<Character> delimiter,
      boolean header) {
    this.prerequisite = Objects.requireNonNull(prerequisite, "prerequisite");
    this.dependent = Objects.requireNonNull(dependent, "dependent");
    this.label = Objects.requireNonNull(label, "label");
    this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
    this.header =
        header
            || !isNumber(prerequisite)
            || !isNumber(dependent)
            || !label.map(GenericLayout::isNumber).orElse(true);
  }

  @Override
  public String name() {
    return "generic";
  }

  @Override
  public List<String> attribution() {
    return List.of();
  }

  @Override
  public Pairs read(Path pairs, List<ImportFinding> notes) {
    TextFile f = TextFile.read(pairs, pairs.toString());
    String name = pairs.getFileName() == null ? "" : pairs.getFileName().toString();
    char d =
        delimiter.orElse(
            name.toLowerCase(Locale.ROOT).endsWith(".tsv")
                    || name.toLowerCase(Locale.ROOT).endsWith(".tab")
                ? '\t'
                : ',');
    List<String> names =
        header && !f.lines().isEmpty() ? Delimited.split(f.lines().get(0), d) : List.of();
    LabelledPairs.Columns columns =
        new LabelledPairs.Columns(
            column(prerequisite, names, f),
            column(dependent, names, f),
            label.map(l -> column(l, names, f)).orElse(-1));
    return LabelledPairs.read(f, d, columns, header ? 1 : 0, List.of(), notes);
  }

  private static int column(String spec, List<String> names, TextFile f) {
    if (isNumber(spec)) {
      int n = Integer.parseInt(spec);
      if (n < 1) {
        throw new ImportException("column numbers start at 1, not " + spec);
      }
      return n - 1;
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(spec.strip())) {
        return i;
      }
    }
    throw new ImportException(
        f.name()
            + ":1: no column named '"
            + spec
            + "'; the header has "
            + String.join(", ", names));
  }

  private static boolean isNumber(String s) {
    return s.strip().matches("\\d{1,4}");
  }
}
