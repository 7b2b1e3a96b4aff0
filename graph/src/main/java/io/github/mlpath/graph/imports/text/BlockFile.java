package io.github.mlpath.graph.imports.text;

import io.github.mlpath.graph.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metacademy's flat-file layout: blocks of {@code key: value} lines separated by blank lines, with
 * {@code #} comments. Lines that are neither are kept aside so the import can report them.
 */
public final class BlockFile {
  private static final Pattern FIELD = Pattern.compile("^([A-Za-z_]+)\\s*:\\s?(.*)$");

  private BlockFile() {}

  /** One {@code key: value} line. */
  public record Field(String key, String value, SourceLocation at) {}

  /** Consecutive fields, in file order. */
  public record Block(List<Field> fields) {
    public Block {
      fields = List.copyOf(fields);
    }

    /** Where the block starts. */
    public SourceLocation at() {
      return fields.get(0).at();
    }

    /** The first value of {@code key}, stripped, if present and not blank. */
    public Optional<String> first(String key) {
      return fields.stream()
          .filter(f -> f.key().equals(key))
          .map(f -> f.value().strip())
          .filter(v -> !v.isEmpty())
          .findFirst();
    }

    /** Every field named {@code key}, in order. */
    public List<Field> all(String key) {
      return fields.stream().filter(f -> f.key().equals(key)).toList();
    }
  }

  /** The blocks of a file, and the lines that were neither fields, comments nor blank. */
  public record Parsed(List<Block> blocks, List<SourceLocation> strayLines) {
    public Parsed {
      Objects.requireNonNull(blocks, "blocks");
      Objects.requireNonNull(strayLines, "strayLines");
    }
  }

  /** Splits a file into blocks. */
  public static Parsed parse(TextFile file) {
    List<Block> blocks = new ArrayList<>();
    List<SourceLocation> stray = new ArrayList<>();
    List<Field> current = new ArrayList<>();
    List<String> lines = file.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        flush(current, blocks);
        continue;
      }
      if (line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher m = FIELD.matcher(line.strip());
      if (m.matches()) {
        current.add(
            new Field(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2), file.at(i)));
      } else {
        stray.add(file.at(i));
      }
    }
    flush(current, blocks);
    return new Parsed(List.copyOf(blocks), List.copyOf(stray));
  }

  private static void flush(List<Field> current, List<Block> blocks) {
    if (!current.isEmpty()) {
      blocks.add(new Block(current));
      current.clear();
    }
  }
}
