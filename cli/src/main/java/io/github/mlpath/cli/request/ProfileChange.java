package io.github.mlpath.cli.request;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.CurriculumSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * An operation that changes the learner's profile for the topics it names, in one atomic, locked
 * update: {@code learned}, {@code unlearn}, {@code goal add}, {@code goal remove}.
 *
 * @param <R> what the change did, with the profile after it
 */
abstract class ProfileChange<R> extends Operation<List<String>, R> {
  private final Param<String> topics;
  private final Clock clock;
  private final Function<R, Profile> after;

  /** The operation {@code name} on {@code topics}, on the day {@code clock} says. */
  ProfileChange(
      String name,
      Param<String> topics,
      Printer<R> text,
      Clock clock,
      Function<R, Profile> after,
      String description) {
    super(name, List.of(topics), List.of(new TextFormat<>("text", text)), description);
    this.topics = topics;
    this.clock = clock;
    this.after = after;
  }

  @Override
  public final boolean writesProfile() {
    return true;
  }

  @Override
  public final List<String> bind(Args args) {
    List<String> names = topics.list(args);
    if (names.isEmpty()) {
      throw new RequestException("missing %s", topics);
    }
    return names;
  }

  /** Any topic may be named, so the whole curriculum. */
  @Override
  public final Curriculum scope(CurriculumSource source, List<String> request) {
    return source.whole();
  }

  @Override
  public final R answer(Context context, List<String> request) {
    Learner learner = Learner.of(context.planner());
    LocalDate today = LocalDate.now(clock);
    return context.store().update(p -> change(learner, p, request, today), after);
  }

  /** What the operation does to {@code p}. */
  abstract R change(Learner learner, Profile p, List<String> topics, LocalDate today);
}
