package io.github.mlpath.core.learner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What mlpath knows about one learner: the topics they marked (learned, or placed by the quiz), the
 * topics those imply (kept apart), their goals, their preferences and the review schedule of what
 * they learned. Immutable: every change returns a new profile. Topics are named by id; a profile
 * may name topics a curriculum no longer has, and keeps them.
 *
 * <p>Lists are kept sorted by topic id (goals in the order added), one entry per topic, so the same
 * profile always prints and saves the same way.
 *
 * @param learned the topics the learner marked or the quiz placed, each with its date
 * @param implied the topics the marked ones require and that are not marked themselves
 * @param goals the topics the learner is working toward, in the order added
 * @param preferences pace, start, medium, free-only, depth and strategy
 * @param reviews the review schedule of each topic that has one
 */
public record Profile(
    List<Mark> learned,
    List<Mark> implied,
    List<String> goals,
    Preferences preferences,
    List<ReviewCard> reviews) {
  /** A learner mlpath knows nothing about. */
  public static final Profile EMPTY =
      new Profile(List.of(), List.of(), List.of(), Preferences.NONE, List.of());

  public Profile {
    learned = byTopic(learned, Mark::topic);
    implied = byTopic(implied, Mark::topic);
    goals = List.copyOf(new LinkedHashSet<>(goals));
    Objects.requireNonNull(preferences, "preferences");
    reviews = byTopic(reviews, ReviewCard::topic);
    for (Mark m : implied) {
      if (m.origin() != MarkOrigin.IMPLIED) {
        throw new IllegalArgumentException("implied topic '" + m.topic() + "' has another origin");
      }
    }
    for (Mark m : learned) {
      if (m.origin() == MarkOrigin.IMPLIED) {
        throw new IllegalArgumentException("marked topic '" + m.topic() + "' is marked implied");
      }
    }
  }

  private static <T> List<T> byTopic(List<T> items, Function<T, String> topic) {
    TreeMap<String, T> out = new TreeMap<>(Comparator.naturalOrder());
    for (T item : items) {
      out.put(topic.apply(item), item);
    }
    return List.copyOf(out.values());
  }

  /** The mark of {@code topic}, if the learner marked it or the quiz placed it. */
  public Optional<Mark> mark(String topic) {
    return learned.stream().filter(m -> m.topic().equals(topic)).findFirst();
  }

  /** How the profile knows {@code topic}: its mark, or its implied mark; empty if it does not. */
  public Optional<Mark> knownBy(String topic) {
    return mark(topic).or(() -> implied.stream().filter(m -> m.topic().equals(topic)).findFirst());
  }

  /** The review schedule of {@code topic}, if it has one. */
  public Optional<ReviewCard> review(String topic) {
    return reviews.stream().filter(r -> r.topic().equals(topic)).findFirst();
  }

  /** Every topic the profile counts as known: the marked ones, then the implied ones. */
  public List<String> knownIds() {
    List<String> out = new ArrayList<>(learned.size() + implied.size());
    learned.forEach(m -> out.add(m.topic()));
    implied.forEach(m -> out.add(m.topic()));
    return out;
  }

  public Profile withLearned(List<Mark> learned, List<Mark> implied) {
    return new Profile(learned, implied, goals, preferences, reviews);
  }

  public Profile withGoals(List<String> goals) {
    return new Profile(learned, implied, goals, preferences, reviews);
  }

  public Profile withPreferences(Preferences preferences) {
    return new Profile(learned, implied, goals, preferences, reviews);
  }

  public Profile withReviews(List<ReviewCard> reviews) {
    return new Profile(learned, implied, goals, preferences, reviews);
  }
}
