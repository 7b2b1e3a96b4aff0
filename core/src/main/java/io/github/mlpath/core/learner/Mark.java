package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;
import java.time.LocalDate;

/**
 * One known topic as a profile records it. Immutable.
 *
 * @param topic the topic's id
 * @param date the day it was marked, placed, or (for an implied topic) first implied
 * @param origin how it came to be known
 */
public record Mark(String topic, LocalDate date, MarkOrigin origin) {
  public Mark {
    Records.requireNonNull(Mark.class, topic, date, origin);
  }
}
