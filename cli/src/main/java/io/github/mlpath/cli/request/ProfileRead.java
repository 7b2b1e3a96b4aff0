package io.github.mlpath.cli.request;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.CurriculumSource;
import java.util.List;

/**
 * An operation that takes nothing but the learner's profile and answers from it, on the whole
 * curriculum: {@code review}, {@code goal list}, {@code prefs show}.
 *
 * @param <R> the answer
 */
abstract class ProfileRead<R> extends Operation<ProfileRead.Nothing, R> {
  /** The request of an operation that takes no parameters. */
  record Nothing() {}

  /** The operation {@code name}, printed as text by {@code text}. */
  ProfileRead(String name, Printer<R> text, String description) {
    super(name, List.of(), List.of(new TextFormat<>("text", text)), description);
  }

  @Override
  public final boolean readsProfile() {
    return true;
  }

  @Override
  public final Nothing bind(Args args) {
    return new Nothing();
  }

  @Override
  public final Curriculum scope(CurriculumSource source, Nothing request) {
    return source.whole();
  }

  @Override
  public final R answer(Context context, Nothing request) {
    return read(Learner.of(context.planner()), context.profile().get());
  }

  /** The answer about {@code p}. */
  abstract R read(Learner learner, Profile p);
}
