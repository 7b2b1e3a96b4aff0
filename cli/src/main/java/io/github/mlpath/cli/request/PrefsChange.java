package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.graph.CurriculumSource;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An operation that changes the preferences in the learner's profile, in one atomic, locked update,
 * and answers the preferences after it: {@code prefs set}, {@code prefs unset}. Its request is the
 * change.
 */
abstract class PrefsChange extends Operation<UnaryOperator<Preferences>, Preferences> {
  /** The operation {@code name}, with its parameters and help. */
  PrefsChange(String name, List<Param<?>> params, String description) {
    super(name, params, List.of(new TextFormat<>("text", ProfileText::preferences)), description);
  }

  @Override
  public final boolean writesProfile() {
    return true;
  }

  /** Preferences name no topic. */
  @Override
  public final Curriculum scope(CurriculumSource source, UnaryOperator<Preferences> request) {
    return source.structure();
  }

  @Override
  public final Preferences answer(Context context, UnaryOperator<Preferences> request) {
    return context
        .store()
        .update(p -> p.withPreferences(request.apply(p.preferences())))
        .preferences();
  }
}
