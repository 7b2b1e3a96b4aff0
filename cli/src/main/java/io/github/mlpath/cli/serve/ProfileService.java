package io.github.mlpath.cli.serve;

import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.graph.ProfileStore;
import java.time.Clock;
import java.util.Objects;

/**
 * What the server needs to answer the learner routes: whose profile, the curriculum's self-checks
 * for the quiz, who may write, and the clock that says what today is. Immutable.
 *
 * @param store the profile the routes read and change
 * @param checks the self-checks shown with the quiz's questions
 * @param writes who may change the profile
 * @param clock today, for marks and reviews
 */
public record ProfileService(
    ProfileStore store, SelfChecks checks, WritePolicy writes, Clock clock) {
  public ProfileService {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(writes, "writes");
    Objects.requireNonNull(clock, "clock");
  }
}
