package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalClockTest {
  private final TimeZone before = TimeZone.getDefault();

  @AfterEach
  void restore() {
    TimeZone.setDefault(before);
  }

  @Test
  void itsZoneIsTheLocalZonesOffsetNowInWinterAndSummerZones() {
    for (String id : List.of("America/New_York", "Europe/Paris", "Australia/Sydney", "UTC")) {
      TimeZone.setDefault(TimeZone.getTimeZone(id));
      ZoneOffset expected = ZoneId.of(id).getRules().getOffset(Instant.now());
      assertEquals(expected, new LocalClock().getZone(), id);
    }
  }

  @Test
  void todayIsTheSystemClocksToday() {
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
    LocalDate earliest = LocalDate.now(Clock.system(ZoneId.of("Pacific/Kiritimati")));
    LocalDate today = LocalDate.now(new LocalClock());
    LocalDate latest = LocalDate.now(Clock.system(ZoneId.of("Pacific/Kiritimati")));
    assertTrue(!today.isBefore(earliest) && !today.isAfter(latest), today.toString());
    assertTrue(
        Math.abs(new LocalClock().millis() - System.currentTimeMillis()) < 60_000,
        "the clock is the system's");
  }
}
