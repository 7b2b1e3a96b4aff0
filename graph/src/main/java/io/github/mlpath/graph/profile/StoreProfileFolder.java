package io.github.mlpath.graph.profile;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a TDB2 store keeps its learners' profiles: the folder {@value #NAME} in the store's folder,
 * one Turtle file a learner, beside the store's data and its snapshot. The folder exists only once
 * it holds every profile of the store: a store of an older mlpath, which kept them as named graphs,
 * has them all copied into it first ({@link LegacyProfiles}), so a missing file is a learner with
 * no profile yet. Telling whether it is there loads no Jena class.
 */
final class StoreProfileFolder {
  /** The folder's name, in the store's folder. */
  static final String NAME = "mlpath-profiles";

  private StoreProfileFolder() {}

  /**
   * The profile folder of the store in {@code dir}, made (from the store's named graphs, if any)
   * when it is not there yet.
   *
   * @throws io.github.mlpath.graph.StoreException when there is no store in {@code dir}
   * @throws io.github.mlpath.graph.SourceUnreadableException when the folder cannot be made
   */
  static Path ready(Path dir) {
    Path folder = dir.resolve(NAME);
    if (!Files.isDirectory(folder)) {
      LegacyProfiles.copyInto(dir, folder);
    }
    return folder;
  }
}
