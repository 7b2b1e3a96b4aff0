package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.request.Args;
import io.github.mlpath.cli.request.Operation;
import io.github.mlpath.cli.request.ProfileArgs;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.ProfileStore;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The server's profile behind the API's requests, by the command line's rule ({@link ProfileArgs}):
 * a request to a route that plans for a learner ({@code /api/path}, {@code /api/need}, {@code
 * /api/next}, {@code /api/why}, {@code /api/assess}) has the profile's goals, known topics and
 * preferences behind it, each field it gives overriding that field only, unless it says {@code
 * no-profile=true}. The routes about the learner ({@code /api/status}, {@code /api/review}) read
 * the profile itself.
 */
final class ServerProfileDefaults {
  private final Optional<ProfileStore> store;
  private final Curriculum curriculum;

  ServerProfileDefaults(Optional<ProfileStore> store, Curriculum curriculum) {
    this.store = store;
    this.curriculum = curriculum;
  }

  /** Where the server keeps its profile, if it keeps one. */
  Optional<ProfileStore> store() {
    return store;
  }

  /** The server's profile; {@link Profile#EMPTY} when it keeps none. */
  Profile profile() {
    return store.map(ProfileStore::read).orElse(Profile.EMPTY);
  }

  /**
   * The request's learner: the server's, for a route about the learner or a plan the profile fills
   * in; none otherwise.
   */
  Supplier<Profile> of(Operation<?, ?> op, Args given) {
    return op.readsProfile() || ProfileArgs.fillsIn(op, given)
        ? this::profile
        : () -> Profile.EMPTY;
  }

  /** {@code given}, with the profile behind it when it fills in requests to {@code op}. */
  Args apply(Operation<?, ?> op, Args given) {
    if (store.isEmpty() || !ProfileArgs.fillsIn(op, given)) {
      return given;
    }
    return ProfileArgs.over(given, store.get().read(), id -> curriculum.indexOf(id).isPresent());
  }
}
