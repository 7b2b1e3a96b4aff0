package io.github.mlpath.core.learner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One known topic as a profile records it. Immutable.
 *
 * @param topic the topic's id
 * @param date the day it was marked, placed, or (for an implied topic) first implied
 * @param origin how it came to be known
 */
public record Mark(String topic, LocalDate date, MarkOrigin origin) {
  public Mark {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(origin, "origin");
  }
}
