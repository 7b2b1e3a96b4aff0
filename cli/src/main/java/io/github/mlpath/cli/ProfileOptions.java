package io.github.mlpath.cli;

import io.github.mlpath.cli.request.RequestException;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.profile.ProfileStores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where the learner's profile is: {@code --profile FILE}, else with {@code --store DIR} the named
 * graph of {@code --learner NAME} in that store, else {@code MLPATH_PROFILE}, else {@code
 * $XDG_DATA_HOME/mlpath/profile.ttl}, else {@code ~/.local/share/mlpath/profile.ttl}.
 */
final class ProfileOptions implements OptionSet {
  private final OptionSpec file =
      Specs.option(
          "--profile",
          "FILE",
          Path.class,
          "The learner's profile, a Turtle file (default: $MLPATH_PROFILE, else"
              + " $XDG_DATA_HOME/mlpath/profile.ttl, else ~/.local/share/mlpath/profile.ttl).");

  private final OptionSpec learner =
      Specs.option(
          "--learner",
          "NAME",
          String.class,
          "With --store: whose profile, one profile per learner (default: me).");

  @Override
  public void addTo(CommandSpec command) {
    command.addMixin("profile", Specs.mixin(this, List.of(file, learner)));
  }

  /** The profile store the options name, given the curriculum's {@code --store} if any. */
  ProfileStore store(Optional<Path> tdb2, Map<String, String> env) {
    Path file = this.file.getValue();
    String learner = this.learner.getValue();
    if (learner != null && (tdb2.isEmpty() || file != null)) {
      throw new RequestException("--learner goes with --store (a profile file holds one learner)");
    }
    if (file == null && tdb2.isPresent()) {
      String name = learner == null ? ProfileStores.DEFAULT_LEARNER : learner;
      if (!ProfileStores.validName(name)) {
        throw new RequestException(
            "--learner: '"
                + name.replace("%", "%%")
                + "' is not 1 to 64 letters, digits, '.', '-' or '_'");
      }
      return ProfileStores.tdb2(tdb2.get(), name);
    }
    Path home = Path.of(System.getProperty("user.home"));
    return ProfileStores.file(ProfileStore.defaultFile(Optional.ofNullable(file), env, home));
  }
}
