package io.github.mlpath.cli.serve;

import io.github.mlpath.core.Records;
import io.github.mlpath.graph.ProfileStore;
import java.time.Clock;

/**
 * What the server needs to answer the learner routes: whose profile, who may write, and the clock
 * that says what today is. Immutable.
 *
 * @param store the profile the routes read and change
 * @param writes who may change the profile
 * @param clock today, for marks and reviews
 */
public record ProfileService(ProfileStore store, WritePolicy writes, Clock clock) {
  public ProfileService {
    Records.requireNonNull(ProfileService.class, store, writes, clock);
  }
}
