package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.request.Args;
import io.github.mlpath.cli.request.Operation;
import io.github.mlpath.cli.request.Param;
import io.github.mlpath.cli.request.Params;
import io.github.mlpath.cli.request.ProfileArgs;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.ProfileStore;
import java.util.List;
import java.util.Optional;

/**
 * Which API requests the server's profile shapes: a request to a route that plans toward goals
 * ({@code /api/path}, {@code /api/next}) that names neither a goal nor what is known is asked for
 * the profile's learner, so its goals, known topics and preferences fill in what it leaves out (see
 * {@link ProfileArgs}). A request that names either speaks for itself, as the web app's do. The
 * routes about the learner ({@code /api/status}, {@code /api/review}) read the profile itself.
 */
final class ServerProfileDefaults {
  private final Optional<ProfileStore> store;
  private final Curriculum curriculum;

  ServerProfileDefaults(Optional<ProfileStore> store, Curriculum curriculum) {
    this.store = store;
    this.curriculum = curriculum;
  }

  /** The server's profile; {@link Profile#EMPTY} when it keeps none. */
  Profile profile() {
    return store.map(ProfileStore::read).orElse(Profile.EMPTY);
  }

  /** {@code given}, with the profile behind it when a plan is asked for the profile's learner. */
  Args apply(Operation<?, ?> op, Args given) {
    List<Param<?>> params = op.params();
    boolean plansToGoals = params.stream().anyMatch(p -> p.name().equals(Params.GOAL.name()));
    boolean speaks =
        params.stream()
            .filter(p -> p.name().equals(Params.GOAL.name()) || p == Params.KNOWN)
            .anyMatch(p -> p.given(given));
    if (store.isEmpty() || op.readsProfile() || !plansToGoals || speaks) {
      return given;
    }
    return ProfileArgs.over(given, store.get().read(), id -> curriculum.indexOf(id).isPresent());
  }
}
