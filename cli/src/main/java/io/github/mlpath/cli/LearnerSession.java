package io.github.mlpath.cli;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.SourceSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a learner command works with: the curriculum, the learner model on it, the profile's store
 * and today's date. Warnings about the profile go to the command's error writer.
 */
final class LearnerSession {
  final Curriculum curriculum;
  final Planner planner;
  final Learner learner;
  final ProfileStore store;
  final LocalDate today;

  private LearnerSession(Curriculum curriculum, ProfileStore store, LocalDate today) {
    this.curriculum = curriculum;
    this.planner = Planner.of(curriculum);
    this.learner = Learner.of(planner);
    this.store = store;
    this.today = today;
  }

  /** The session the options name, the whole curriculum loaded. */
  static LearnerSession open(DataOptions data, ProfileOptions profile, Clock clock) {
    return of(data.curriculum(), store(data, profile), clock);
  }

  /** The session on a curriculum already loaded. */
  static LearnerSession of(Curriculum curriculum, ProfileStore store, Clock clock) {
    return new LearnerSession(curriculum, store, LocalDate.now(clock));
  }

  /** The profile store the options name, without loading the curriculum. */
  static ProfileStore store(DataOptions data, ProfileOptions profile) {
    SourceSpec spec = data.spec();
    Optional<Path> tdb2 =
        spec instanceof SourceSpec.Tdb2 t ? Optional.of(t.dir()) : Optional.empty();
    return profile.store(tdb2, System.getenv());
  }

  /** Says on {@code err} which topics of {@code p} the curriculum lacks (they are kept). */
  void warnMissing(Profile p, PrintWriter err) {
    warnMissing(learner.missing(p), err);
  }

  /** Says on {@code err} that the profile names {@code missing}, which the curriculum lacks. */
  static void warnMissing(List<String> missing, PrintWriter err) {
    if (!missing.isEmpty()) {
      err.println(
          "mlpath: warning: your profile names "
              + missing.size()
              + (missing.size() == 1 ? " topic" : " topics")
              + " this curriculum does not have, kept as they are: "
              + String.join(", ", missing));
      err.flush();
    }
  }

  /** The profile as it is now, with the warning for missing topics. */
  Profile read(PrintWriter err) {
    Profile p = store.read();
    warnMissing(p, err);
    return p;
  }
}
