package io.github.mlpath.graph.imports.metacademy;

import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.ImportedEdge;
import io.github.mlpath.graph.imports.text.BlockFile;
import io.github.mlpath.graph.imports.text.BlockFile.Block;
import io.github.mlpath.graph.imports.text.Slugs;
import io.github.mlpath.graph.imports.text.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A concept's {@code dependencies.txt}: blocks of {@code tag:} (the concept required), an optional
 * {@code reason:} and {@code shortcut: 1} (only the gist of it is needed). A tag that names no
 * concept is kept as it is, for the checks to report.
 */
final class Dependencies {
  private Dependencies() {}

  static List<ImportedEdge> read(
      TextFile file, String tag, String topic, Tags tags, List<ImportFinding> notes) {
    List<ImportedEdge> out = new ArrayList<>();
    BlockFile.Parsed parsed = BlockFile.parse(file);
    parsed
        .strayLines()
        .forEach(at -> notes.add(ImportFinding.at(at, "stray-line", "not a 'key: value' line")));
    for (Block b : parsed.blocks()) {
      Optional<String> given = b.first("tag");
      if (given.isEmpty()) {
        notes.add(ImportFinding.at(b.at(), "dependency-without-tag", "dependency without a tag"));
        continue;
      }
      String required = tags.resolve(given.get()).map(tags::slug).orElse(Slugs.of(given.get()));
      out.add(
          new ImportedEdge(
              topic,
              required,
              tag,
              given.get(),
              b.first("reason"),
              b.first("shortcut").filter("1"::equals).isPresent(),
              b.all("tag").get(0).at()));
    }
    return out;
  }
}
