package io.github.mlpath.cli.request;

import io.github.mlpath.core.learner.Profile;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * A profile update on the topics it names, one or more: {@code learned}, {@code unlearn}, {@code
 * goal add}, {@code goal remove}.
 *
 * @param <R> what the change did, with the profile after it
 */
abstract class ProfileChange<R> extends ProfileUpdate<List<String>, R> {
  private final Param<String> topics;

  /**
   * The operation {@code name} on the topics given as its arguments ({@code TOPIC...}, helped by
   * {@code topicsHelp}), on the day {@code clock} says.
   */
  ProfileChange(
      String name,
      String topicsHelp,
      Printer<R> text,
      Clock clock,
      Function<R, Profile> after,
      String description) {
    this(name, Param.positionals(0, "topic", "TOPIC", topicsHelp), text, clock, after, description);
  }

  private ProfileChange(
      String name,
      Param<String> topics,
      Printer<R> text,
      Clock clock,
      Function<R, Profile> after,
      String description) {
    super(name, List.of(topics), text, clock, after, description);
    this.topics = topics;
  }

  @Override
  public final List<String> bind(Args args) {
    List<String> names = topics.list(args);
    if (names.isEmpty()) {
      throw new RequestException("missing %s", topics);
    }
    return names;
  }
}
