package io.github.mlpath.graph.imports.pairs;

import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.text.Delimited;
import io.github.mlpath.graph.imports.text.TextFile;
import io.github.mlpath.graph.imports.text.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * LectureBank's topics files: {@code ID,Topic,WikiURL} (LectureBank 1's {@code 208topics.csv}, with
 * {@code NULL} where there is no article) or {@code ID|Topic} (LectureBank 2's {@code
 * 322topics_final.tsv}). A CSV line with more than three fields has commas in its topic name: the
 * fields between the id and the address (or trailing {@code NULL}s) are the name, and the line is
 * noted.
 */
final class TopicsFile {
  private TopicsFile() {}

  static List<PairsLayout.Named> read(TextFile f, List<ImportFinding> notes) {
    List<PairsLayout.Named> out = new ArrayList<>();
    for (int i = 0; i < f.lines().size(); i++) {
      String line = f.lines().get(i);
      if (line.isBlank()) {
        continue;
      }
      List<String> fields =
          line.indexOf('|') >= 0 && line.indexOf(',') < 0
              ? List.of(line.split("\\|", 2))
              : Delimited.split(line, ',');
      if (fields.size() < 2 || fields.get(0).isEmpty()) {
        notes.add(ImportFinding.at(f.at(i), "bad-topic-line", "not 'ID,Topic[,WikiURL]': skipped"));
        continue;
      }
      int end = fields.size();
      while (end > 2 && isNull(fields.get(end - 1))) {
        end--;
      }
      Optional<String> url = Optional.empty();
      if (end > 2 && Urls.clean(fields.get(end - 1)).isPresent()) {
        url = Optional.of(fields.get(end - 1));
        end--;
      }
      String label = String.join(", ", fields.subList(1, end)).strip();
      if (fields.size() > 3 || (fields.size() == 3 && end == 3)) {
        notes.add(
            ImportFinding.at(
                f.at(i),
                "topic-name-with-commas",
                fields.size()
                    + " fields where 3 were expected; read the topic as '"
                    + label
                    + "'"));
      }
      Optional<String> article = url.flatMap(Urls::wikipedia);
      if (url.isPresent() && article.isEmpty()) {
        notes.add(
            ImportFinding.at(f.at(i), "not-wikipedia", url.get() + " is not a Wikipedia article"));
      }
      out.add(new PairsLayout.Named(fields.get(0).strip(), label, article, f.at(i)));
    }
    return out;
  }

  private static boolean isNull(String field) {
    return field.isEmpty() || field.toUpperCase(Locale.ROOT).equals("NULL");
  }
}
