package io.github.mlpath.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * The system clock in the local time zone, whose zone is the zone's offset at the moment asked
 * (from {@link TimeZone}), so "today" is the same as {@link Clock#systemDefaultZone()}'s, also
 * across a change to or from summer time. It exists for start-up time: the zone rules of {@code
 * java.time} look for rule providers in every jar of the class path first, which took more time
 * than planning a path on the bundled curriculum.
 */
final class LocalClock extends Clock {
  @Override
  public ZoneId getZone() {
    return ZoneOffset.ofTotalSeconds(TimeZone.getDefault().getOffset(millis()) / 1000);
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.system(zone);
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }
}
