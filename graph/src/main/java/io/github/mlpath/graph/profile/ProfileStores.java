package io.github.mlpath.graph.profile;

import io.github.mlpath.graph.ProfileStore;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Opens learners' profiles: a Turtle file, or a named graph of a TDB2 store. */
public final class ProfileStores {
  /** The learner's name in a file profile, and the default with a store. */
  public static final String DEFAULT_LEARNER = "me";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private ProfileStores() {}

  /**
   * The profile in a Turtle file, made on the first update that changes it (with its folder;
   * readable only by its owner).
   */
  public static ProfileStore file(Path file) {
    return new FileProfileStore(file);
  }

  /**
   * The profile of {@code learner} in the TDB2 store in {@code dir}, one named graph per learner.
   *
   * @throws IllegalArgumentException for a name that is not 1 to 64 letters, digits, dots, hyphens
   *     and underscores, starting with a letter or digit
   */
  public static ProfileStore tdb2(Path dir, String learner) {
    if (!validName(learner)) {
      throw new IllegalArgumentException(
          "a learner's name is 1 to 64 letters, digits, '.', '-' or '_', not '" + learner + "'");
    }
    return new Tdb2ProfileStore(dir, learner);
  }

  /** Whether {@code name} can name a learner. */
  public static boolean validName(String name) {
    return NAME.matcher(name).matches();
  }
}
