package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.request.Args;
import io.github.mlpath.cli.request.Param;
import io.github.mlpath.cli.request.Params;
import io.github.mlpath.cli.request.ProfileArgs;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.ProfileStore;
import java.util.List;
import java.util.Optional;

/**
 * Which API requests the server's profile shapes: a request to a route that plans toward goals
 * ({@code /api/path}, {@code /api/next}) that names neither a goal nor what is known is asked for
 * the profile's learner, so its goals, known topics and preferences fill in what it leaves out (see
 * {@link ProfileArgs}). A request that names either speaks for itself, as the web app's do.
 */
final class ServerProfileDefaults {
  private final Optional<ProfileStore> store;
  private final Curriculum curriculum;

  ServerProfileDefaults(Optional<ProfileStore> store, Curriculum curriculum) {
    this.store = store;
    this.curriculum = curriculum;
  }

  /** {@code given}, with the profile behind it when the request is for the profile's learner. */
  Args apply(List<Param<?>> params, Args given) {
    boolean plansToGoals = params.stream().anyMatch(p -> p.name().equals(Params.GOAL.name()));
    boolean speaks =
        params.stream()
            .filter(p -> p.name().equals(Params.GOAL.name()) || p == Params.KNOWN)
            .anyMatch(p -> p.given(given));
    if (store.isEmpty() || !plansToGoals || speaks) {
      return given;
    }
    return ProfileArgs.over(given, store.get().read(), id -> curriculum.indexOf(id).isPresent());
  }
}
