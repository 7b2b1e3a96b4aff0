package io.github.mlpath.graph.imports.mapping;

import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.imports.ImportException;
import io.github.mlpath.graph.imports.text.Delimited;
import io.github.mlpath.graph.imports.text.TextFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user's list of topics that are one concept in two curricula: lines {@code
 * ID_IN_FIRST,ID_IN_SECOND} (a comma or a tab between them), {@code #} comments and blank lines
 * skipped. Comparing and merging align these first. Immutable.
 *
 * @param file the file as the user named it
 * @param entries the pairs, in file order
 */
public record ConceptMapping(String file, List<Entry> entries) {

  /** One line: {@code first} in the first curriculum is {@code second} in the second. */
  public record Entry(String first, String second, SourceLocation at) {}

  public ConceptMapping {
    Objects.requireNonNull(file, "file");
    entries = List.copyOf(entries);
  }

  /** No mapping. */
  public static ConceptMapping none() {
    return new ConceptMapping("(none)", List.of());
  }

  /**
   * Reads a mapping file.
   *
   * @throws ImportException naming the line that is not two ids, or an id mapped twice
   */
  public static ConceptMapping read(Path path) {
    TextFile f = TextFile.read(path, path.toString());
    List<Entry> out = new ArrayList<>();
    Map<String, SourceLocation> seen = new LinkedHashMap<>();
    for (int i = 0; i < f.lines().size(); i++) {
      String line = f.lines().get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = Delimited.split(line, line.indexOf('\t') >= 0 ? '\t' : ',');
      if (fields.size() != 2 || fields.get(0).isEmpty() || fields.get(1).isEmpty()) {
        throw new ImportException(f.at(i) + ": expected two topic ids, 'FIRST,SECOND'");
      }
      SourceLocation earlier = seen.putIfAbsent(fields.get(0), f.at(i));
      if (earlier != null) {
        throw new ImportException(
            f.at(i) + ": '" + fields.get(0) + "' is already mapped at " + earlier);
      }
      out.add(new Entry(fields.get(0), fields.get(1), f.at(i)));
    }
    return new ConceptMapping(path.toString(), out);
  }

  /** The mapping as ids of the first curriculum to ids of the second. */
  public Map<String, String> asMap() {
    Map<String, String> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.first(), e.second()));
    return out;
  }
}
