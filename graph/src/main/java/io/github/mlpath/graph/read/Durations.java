package io.github.mlpath.graph.read;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 durations as schema:duration and schema:timeRequired use them ({@code PT19M}, {@code
 * PT1H30M}, {@code P2D}, {@code P3W}). Days count as 24 hours and weeks as 7 days; years and months
 * have no fixed length and are refused.
 */
public final class Durations {
  private static final Pattern ISO =
      Pattern.compile(
          "P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

  private Durations() {}

  /** The duration, or empty if {@code text} is not a duration of that form. */
  public static Optional<Duration> parse(String text) {
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches() || text.strip().equals("P") || text.strip().endsWith("T")) {
      return Optional.empty();
    }
    Duration d = Duration.ZERO;
    if (m.group(1) != null) {
      d = d.plusDays(7 * Long.parseLong(m.group(1)));
    }
    if (m.group(2) != null) {
      d = d.plusDays(Long.parseLong(m.group(2)));
    }
    if (m.group(3) != null) {
      d = d.plusHours(Long.parseLong(m.group(3)));
    }
    if (m.group(4) != null) {
      d = d.plusMinutes(Long.parseLong(m.group(4)));
    }
    if (m.group(5) != null) {
      d = d.plusMillis(Math.round(Double.parseDouble(m.group(5)) * 1000));
    }
    return Optional.of(d);
  }
}
