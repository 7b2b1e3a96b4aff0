package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.core.learner.Profile;

/** {@code mlpath prefs show} and {@code GET /api/prefs/show}: the preferences in the profile. */
public final class PrefsShowOperation extends ProfileRead<Preferences> {
  /** The operation, for {@link Operations}. */
  public PrefsShowOperation() {
    super(
        "prefs show",
        ProfileText::preferences,
        "Shows the preferences: pace, the day your schedule started, medium, free-only, depth,"
            + " strategy.");
  }

  @Override
  Preferences read(Learner learner, Profile p) {
    return p.preferences();
  }
}
