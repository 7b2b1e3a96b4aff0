package io.github.mlpath.graph.imports;

import java.nio.file.Path;

/**
 * One dataset layout that {@code mlpath import} reads: it turns the files into an {@link Imported},
 * noting on the way what it had to repair. Implementations: {@code metacademy.MetacademyFormat} and
 * {@code pairs.PairsFormat}.
 */
public interface ImportFormat {
  /** The name of the format on the command line, such as {@code metacademy}. */
  String name();

  /**
   * Reads the dataset.
   *
   * @param source the folder or file, as the user named it
   * @param settings what to assume where the dataset is silent
   * @throws io.github.mlpath.graph.SourceUnreadableException if a file cannot be read
   * @throws ImportException if the dataset is not in this layout at all
   */
  Imported read(Path source, ImportSettings settings);
}
