package io.github.mlpath.cli.request;

import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.ProfileStore;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an operation answers on: the planner, and what else the data holds, read only when an
 * operation asks for it. The command line makes one per command from the store it opened; the
 * server one per request from its shared planner and data.
 *
 * @param planner the planner on the curriculum (or the part of it the operation's scope asked for)
 * @param selfChecks the topics' self-checks ({@code mlp:selfCheck}), for the placement quiz
 * @param profile the learner's profile (the command's {@code --profile}, the server's), read when
 *     an operation about the learner asks for it; {@link Profile#EMPTY} when there is none
 * @param profiles where that profile is kept, for an operation that {@link Operation#writesProfile
 *     changes it}; empty when there is none
 */
public record Context(
    Planner planner,
    Supplier<SelfChecks> selfChecks,
    Supplier<Profile> profile,
    Optional<ProfileStore> profiles) {

  /** A context whose profile, if any, is only read. */
  public Context(Planner planner, Supplier<SelfChecks> selfChecks, Supplier<Profile> profile) {
    this(planner, selfChecks, profile, Optional.empty());
  }

  /** A context without a learner's profile. */
  public Context(Planner planner, Supplier<SelfChecks> selfChecks) {
    this(planner, selfChecks, () -> Profile.EMPTY);
  }

  /** A context with only a planner, whose data has no self-checks. */
  public static Context of(Planner planner) {
    return new Context(planner, () -> SelfChecks.NONE);
  }

  /**
   * The store of the profile to change.
   *
   * @throws RequestException when there is none (a server started with {@code --no-profile})
   */
  public ProfileStore store() {
    return profiles.orElseThrow(
        () -> new RequestException("there is no profile to change (the server keeps none)"));
  }
}
