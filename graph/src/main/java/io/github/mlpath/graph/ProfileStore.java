package io.github.mlpath.graph;

import io.github.mlpath.core.learner.Profile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Where one learner's profile is kept, and the only way mlpath changes it: {@link #update} holds
 * the profile's lock, reads the latest version, applies the change and replaces it atomically, so
 * two processes updating at once lose no update and a crash never leaves half a profile. A profile
 * that does not parse is never overwritten.
 *
 * <pre>{@code
 * ProfileStore store = ProfileStores.file(ProfileStore.defaultFile(Optional.empty(), System.getenv(),
 *     Path.of(System.getProperty("user.home"))));
 * LearnReport r = store.update(p -> learner.learn(p, List.of("derivatives"), today), LearnReport::profile);
 * }</pre>
 */
public interface ProfileStore {
  /**
   * The profile file to use: {@code option} (from {@code --profile}) if given, else {@code
   * MLPATH_PROFILE}, else {@code $XDG_DATA_HOME/mlpath/profile.ttl}, else {@code
   * HOME/.local/share/mlpath/profile.ttl}. Empty environment values count as unset.
   */
  static Path defaultFile(Optional<Path> option, Map<String, String> env, Path home) {
    if (option.isPresent()) {
      return option.get();
    }
    String explicit = env.get("MLPATH_PROFILE");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
    return data.resolve("mlpath").resolve("profile.ttl");
  }

  /**
   * The profile as it is now; {@link Profile#EMPTY} when there is none yet.
   *
   * @throws ProfileException when it does not parse (with FILE:LINE:COL) or is not a profile
   */
  Profile read();

  /**
   * Applies {@code change} to the latest profile under the profile's lock and saves the profile
   * {@code after} gives for its result, atomically; returns the result.
   *
   * @throws ProfileException when the profile does not parse; nothing is written then
   */
  <R> R update(Function<Profile, R> change, Function<? super R, Profile> after);

  /** {@link #update} for a change that gives the new profile itself. */
  default Profile update(UnaryOperator<Profile> change) {
    return update(change, p -> p);
  }

  /** Replaces the profile with {@code profile} (as {@code profile import} does). */
  default void replace(Profile profile) {
    update(p -> profile);
  }

  /** The Turtle text the profile is saved as. */
  String turtle(Profile profile);

  /** Where the profile is, for messages: the file, or the store and learner. */
  String description();
}
