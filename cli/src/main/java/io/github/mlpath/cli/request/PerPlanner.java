package io.github.mlpath.cli.request;

import io.github.mlpath.core.plan.Planner;
import java.util.function.Function;

/**
 * What an operation builds from its context once and reuses while the planner stays the same: the
 * server has one planner, so its map, search index or quiz is built at the first request; a command
 * builds it once for its own planner.
 *
 * @param <T> what is built
 */
final class PerPlanner<T> {
  private record Built<T>(Planner planner, T value) {}

  private final Function<Context, T> build;
  private volatile Built<T> last;

  PerPlanner(Function<Context, T> build) {
    this.build = build;
  }

  /** The value built for the context's planner, building it if the planner is new. */
  T get(Context context) {
    Built<T> b = last;
    if (b == null || b.planner() != context.planner()) {
      b = new Built<>(context.planner(), build.apply(context));
      last = b;
    }
    return b.value();
  }
}
