package io.github.mlpath.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Optional topic fields that most synthetic topics lack, kept out of the dense arrays. */
record TopicExtras(
    List<String> altLabels,
    Optional<String> definition,
    List<String> broader,
    Optional<Duration> learningTime,
    List<String> matches,
    boolean umbrella,
    OptionalInt teachingOrder) {

  static final TopicExtras NONE =
      new TopicExtras(
          List.of(),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          List.of(),
          false,
          OptionalInt.empty());

  static TopicExtras of(Topic t) {
    return new TopicExtras(
        t.altLabels(),
        t.definition(),
        t.broader(),
        t.learningTime(),
        t.matches(),
        t.umbrella(),
        t.teachingOrder());
  }

  boolean isEmpty() {
    return equals(NONE);
  }
}
