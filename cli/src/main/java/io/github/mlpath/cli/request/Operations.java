package io.github.mlpath.cli.request;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Every operation that is both a command and an API route, in the order {@code mlpath --help} lists
 * them. A new one is one class and one line here.
 */
public final class Operations {
  private Operations() {}

  /** The operations, with schedules starting today by {@code clock}. */
  public static List<Operation<?, ?>> all(Clock clock) {
    return List.of(
        new PathOperation(clock),
        new NeedOperation(),
        new NextOperation(),
        new WhyOperation(),
        new UsedForOperation(),
        new TopicOperation(),
        new SearchOperation(),
        new MapOperation(),
        new AssessOperation(),
        new OrderOperation(),
        new StatusOperation(clock),
        new ReviewOperation(clock),
        new LearnedOperation(clock),
        new UnlearnOperation(clock),
        new GoalAddOperation(clock),
        new GoalRemoveOperation(clock),
        new GoalListOperation(),
        new PrefsSetOperation(),
        new PrefsUnsetOperation(),
        new PrefsShowOperation(),
        new ReviewedOperation(clock));
  }

  /** The operation called {@code name}, if there is one. */
  public static Optional<Operation<?, ?>> named(String name, Clock clock) {
    return all(clock).stream().filter(o -> o.name().equals(name)).findFirst();
  }
}
