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
 * An operation that changes the learner's profile in one atomic, locked update, on the day the
 * clock says, and may name any topic: the topic changes ({@link ProfileChange}) and {@code
 * reviewed}.
 *
 * @param <Q> the checked request
 * @param <R> what the change did, with the profile after it
 */
abstract class ProfileUpdate<Q, R> extends Operation<Q, R> {
  private final Clock clock;
  private final Function<R, Profile> after;

  /**
   * The operation {@code name} with {@code params}, printed as text by {@code text}, on the day
   * {@code clock} says; {@code after} gives the profile after the change from what it did.
   */
  ProfileUpdate(
      String name,
      List<Param<?>> params,
      Printer<R> text,
      Clock clock,
      Function<R, Profile> after,
      String description) {
    super(name, params, List.of(new TextFormat<>("text", text)), description);
    this.clock = clock;
    this.after = after;
  }

  @Override
  public final boolean writesProfile() {
    return true;
  }

  /** Any topic may be named, so the whole curriculum. */
  @Override
  public final Curriculum scope(CurriculumSource source, Q request) {
    return source.whole();
  }

  @Override
  public final R answer(Context context, Q request) {
    Learner learner = Learner.of(context.planner());
    LocalDate today = LocalDate.now(clock);
    return context.store().update(p -> change(learner, p, request, today), after);
  }

  /** What the operation does to {@code p}. */
  abstract R change(Learner learner, Profile p, Q request, LocalDate today);
}
