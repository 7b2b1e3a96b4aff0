package io.github.mlpath.graph.imports.pairs;

import io.github.mlpath.core.Records;
import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.imports.ImportFinding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One layout of prerequisite pair files: which file holds the topics, which columns hold the
 * prerequisite and the dependent topic, and what a label means. Implementations: {@link
 * LectureBankLayout}, {@link AlCplLayout}, {@link GenericLayout}.
 */
public interface PairsLayout {
  /** The layout's name on the command line, such as {@code lecturebank}. */
  String name();

  /** Who made data in this layout, for the header of the output; empty for a generic file. */
  List<String> attribution();

  /**
   * Reads the pairs file (and the layout's topics file, if it has one).
   *
   * @param pairs the pairs file, as the user named it
   * @param notes where to note lines that were repaired or skipped
   */
  Pairs read(Path pairs, List<ImportFinding> notes);

  /**
   * The topic a name in a pair stands for when no topics file lists it: by default the name is its
   * label.
   */
  default Named topicNamed(String name, SourceLocation at) {
    return new Named(name, name, Optional.empty(), at);
  }

  /** A topic as a topics file lists it. */
  record Named(String id, String label, Optional<String> wikipedia, SourceLocation at) {
    public Named {
      Records.requireNonNull(Named.class, id, label, wikipedia, at);
    }
  }

  /** One pair labelled as a prerequisite: {@code dependent} requires {@code prerequisite}. */
  record Pair(String dependent, String prerequisite, SourceLocation at) {}

  /**
   * What a pairs file holds.
   *
   * @param topics the topics its topics file lists; empty when topics are only named in pairs
   * @param pairs the pairs labelled as prerequisites, in file order
   * @param negatives how many pairs are labelled as not prerequisites
   */
  record Pairs(List<Named> topics, List<Pair> pairs, int negatives) {
    public Pairs {
      topics = List.copyOf(topics);
      pairs = List.copyOf(pairs);
    }
  }
}
