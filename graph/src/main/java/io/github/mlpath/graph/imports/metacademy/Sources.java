package io.github.mlpath.graph.imports.metacademy;

import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.text.BlockFile;
import io.github.mlpath.graph.imports.text.BlockFile.Block;
import io.github.mlpath.graph.imports.text.TextFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Metacademy's root {@code resources.txt}: one block per source (a book, a course, a site) with its
 * {@code key}, title, address, type, level and whether it is free. Concept resources name a source
 * by key and may override any of its fields.
 */
final class Sources {
  private final Map<String, Block> byKey;

  private Sources(Map<String, Block> byKey) {
    this.byKey = byKey;
  }

  /** Reads {@code resources.txt} of the dataset folder; no file means no sources. */
  static Sources read(Path dir, List<ImportFinding> notes) {
    Path file = dir.resolve("resources.txt");
    Map<String, Block> byKey = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return new Sources(byKey);
    }
    BlockFile.Parsed parsed = BlockFile.parse(TextFile.read(file, "resources.txt"));
    for (Block b : parsed.blocks()) {
      Optional<String> key = b.first("key");
      if (key.isEmpty()) {
        notes.add(ImportFinding.at(b.at(), "source-without-key", "source without a key: skipped"));
      } else if (byKey.putIfAbsent(key.get(), b) != null) {
        notes.add(
            ImportFinding.at(
                b.at(),
                "duplicate-source",
                "source '" + key.get() + "' defined twice: first kept"));
      }
    }
    return new Sources(byKey);
  }

  /** The source with this key. */
  Optional<Block> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
