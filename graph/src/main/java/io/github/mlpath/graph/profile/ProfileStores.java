package io.github.mlpath.graph.profile;

import io.github.mlpath.graph.ProfileStore;
import java.nio.file.Path;

/** Opens learners' profiles. */
public final class ProfileStores {
  private ProfileStores() {}

  /**
   * The profile in a Turtle file, made on the first update that changes it (with its folder;
   * readable only by its owner).
   */
  public static ProfileStore file(Path file) {
    return new FileProfileStore(file);
  }
}
