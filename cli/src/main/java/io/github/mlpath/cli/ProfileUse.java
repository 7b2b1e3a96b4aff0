package io.github.mlpath.cli;

import io.github.mlpath.cli.request.Args;
import io.github.mlpath.cli.request.Params;
import io.github.mlpath.cli.request.ProfileArgs;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.ReviewCard;
import io.github.mlpath.graph.ProfileException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options of a command that plans for a learner ({@code path}, {@code need}, {@code next},
 * {@code why}, {@code export --path-to}) that say whose profile fills in what the command line
 * leaves out ({@link Params#NO_PROFILE} for none, declared with the command's parameters). See
 * {@link ProfileArgs} for what the profile gives.
 */
final class ProfileUse implements OptionSet {
  private final ProfileOptions profile = new ProfileOptions();

  /** The profile {@link #over} read, if it read one. */
  private Optional<Profile> used = Optional.empty();

  @Override
  public void addTo(CommandSpec command) {
    CommandSpec own = Specs.mixin(this, List.of());
    profile.addTo(own);
    command.addMixin("profile", own);
  }

  /** The profile {@link #over} read, if it read one that is not empty. */
  Optional<Profile> used() {
    return used;
  }

  /**
   * {@code given} with the profile's values behind it, unless {@code --no-profile}; a line on
   * {@code err} names the profile's topics that the curriculum {@code names} gives (at least its
   * topics) does not have: they are kept in the profile, left out of this run.
   */
  Args over(Args given, DataOptions data, Supplier<Curriculum> names, PrintWriter err) {
    if (Params.NO_PROFILE.on(given)) {
      return given;
    }
    Profile p;
    try {
      p = LearnerSession.store(data, profile).read();
    } catch (ProfileException e) {
      throw new ProfileException(e.getMessage() + "; or plan without it: --no-profile", e);
    }
    // identity first: the store returns the constant when there is no profile, and a record's
    // equals is bootstrapped at its first call (ObjectMethods, about 20 ms of a short command)
    if (p == Profile.EMPTY || p.equals(Profile.EMPTY)) {
      return given;
    }
    used = Optional.of(p);
    Curriculum structure = names.get();
    Set<String> missing = new LinkedHashSet<>();
    List<String> named = new ArrayList<>(p.knownIds());
    named.addAll(p.goals());
    for (String id : named) {
      if (structure.indexOf(id).isEmpty()) {
        missing.add(id);
      }
    }
    LearnerSession.warnMissing(new ArrayList<>(missing), err);
    return ProfileArgs.over(given, p, id -> !missing.contains(id));
  }

  /**
   * "Reviews due today: ..." when the profile {@link #over} read has topics due for review on the
   * day {@code clock} says or before, so a plan reminds the learner of them. The day is asked for
   * only then: the first look at the time zone costs a short command a few milliseconds.
   */
  Optional<String> dueNote(Clock clock) {
    List<ReviewCard> reviews = used.map(Profile::reviews).orElse(List.of());
    if (reviews.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    List<String> due =
        reviews.stream().filter(r -> !r.due().isAfter(today)).map(ReviewCard::topic).toList();
    return due.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "Reviews due today: " + String.join(", ", due) + " (see them with: mlpath review)");
  }
}
