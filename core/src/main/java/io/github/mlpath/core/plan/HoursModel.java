package io.github.mlpath.core.plan;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.TopicKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Learning time from sizes. A topic's time comes, in this order, from: the topic's own stated
 * learning time ({@code mlp:learningTime}); else the size of the resource it is learned from, its
 * share of it (the size divided by the number of topics the resource teaches, so a resource shared
 * by several topics is counted once), consumed at {@link #consumptionFactor} times its length plus
 * {@link #practice} for the topic's kind: a video's or lecture's play length, a book part's pages
 * at {@link #pagesPerHour}, a web text's words at {@link #wordsPerMinute}; a course's stated time
 * ({@code schema:timeRequired}) counts as it is, shared the same way, since the provider's time
 * includes practice. With no confirmed size, the flat {@link #fallback} for the kind is used and
 * the hours are marked estimated. Immutable.
 *
 * <p>{@link #DEFAULT} is calibrated against Metacademy's per-concept time estimates
 * (docs/planning.md, "The hours model"): 1.5 times the length, 8 pages an hour, 200 words a minute,
 * practice 1 h per math topic or ML concept and 30 min per programming skill; estimates 1.5 h per
 * math topic or ML concept, 1 h per programming skill, 10 h per project.
 *
 * @param consumptionFactor how many times its own length a resource's share takes to study
 *     (watching with pauses and replays, reading with rereading)
 * @param pagesPerHour the reading speed for a book part's pages
 * @param wordsPerMinute the reading speed for a web text's words
 * @param practice hours of practice added, by kind, to a share measured from a size
 * @param fallback hours by kind when nothing confirmed gives a size: the estimate
 */
public record HoursModel(
    double consumptionFactor,
    double pagesPerHour,
    double wordsPerMinute,
    HoursEstimate practice,
    HoursEstimate fallback) {

  /** The calibrated model (see the class comment). */
  public static final HoursModel DEFAULT =
      new HoursModel(
          1.5, 8, 200, new HoursEstimate(0.5, 0, 1, 1), new HoursEstimate(1, 10, 1.5, 1.5));

  public HoursModel {
    for (double x : new double[] {consumptionFactor, pagesPerHour, wordsPerMinute}) {
      if (!(x > 0) || Double.isInfinite(x)) {
        throw new IllegalArgumentException("rates and factors must be finite and positive");
      }
    }
    java.util.Objects.requireNonNull(practice, "practice");
    java.util.Objects.requireNonNull(fallback, "fallback");
  }

  /** This model with another table of estimates for topics without a confirmed size. */
  public HoursModel withFallback(HoursEstimate fallback) {
    return new HoursModel(consumptionFactor, pagesPerHour, wordsPerMinute, practice, fallback);
  }

  /**
   * The time {@code topic} takes when learned from {@code resource} (empty: no resource). When the
   * resource is one part of a series, course or book, every part of it that teaches the topic
   * counts (the freeCodeCamp course teaches Python basics over many chapters), each with its share.
   */
  public TopicHours hours(Curriculum c, int topic, Optional<Resource> resource) {
    TopicKind kind = c.kind(topic);
    Optional<Duration> stated = c.learningTime(topic);
    if (stated.isPresent()) {
      return new TopicHours(stated.get().toMinutes(), false, "the topic's stated learning time");
    }
    List<Share> shares = new ArrayList<>();
    for (Resource r : resource.map(r -> partsTeaching(c, c.id(topic), r)).orElse(List.of())) {
      share(r).ifPresent(shares::add);
    }
    if (shares.isEmpty()) {
      return new TopicHours(fallback.minutesFor(kind), true, "estimate for " + kind.noun());
    }
    double consumed = 0;
    double asStated = 0;
    for (Share sh : shares) {
      if (sh.stated()) {
        asStated += sh.minutes();
      } else {
        consumed += sh.minutes();
      }
    }
    long practiceMinutes = consumed > 0 ? practice.minutesFor(kind) : 0;
    long minutes = Math.round(consumed * consumptionFactor + asStated) + practiceMinutes;
    String what =
        shares.size() == 1
            ? shares.get(0).what()
            : shares.size()
                + " parts of its series that teach it, "
                + time(Math.round(consumed + asStated))
                + " as its share";
    String plus =
        consumed > 0
            ? " x"
                + number(consumptionFactor)
                + (practiceMinutes > 0 ? " + " + time(practiceMinutes) + " practice" : "")
            : "";
    return new TopicHours(minutes, false, what + plus);
  }

  /** {@code chosen} and, when it is a part, the other parts of its series that teach the topic. */
  private static List<Resource> partsTeaching(Curriculum c, String topic, Resource chosen) {
    if (chosen.partOf().isEmpty()) {
      return List.of(chosen);
    }
    List<Resource> out = new ArrayList<>();
    for (Resource r : c.resources()) {
      if (r.id().equals(chosen.id())
          || (r.partOf().equals(chosen.partOf()) && r.teaches().contains(topic))) {
        out.add(r);
      }
    }
    return out;
  }

  /** A topic's share of one resource: its size split over the topics it teaches. */
  private record Share(double minutes, boolean stated, String what) {}

  private Optional<Share> share(Resource r) {
    int n = Math.max(1, r.teaches().size());
    String of = n == 1 ? "" : ", 1 of " + n + " topics";
    if (r.duration().isPresent()) {
      double length = r.duration().get().toSeconds() / 60.0;
      String medium = r.medium().map(m -> m.slug()).orElse("video");
      return Optional.of(
          new Share(length / n, false, medium + " " + time(Math.round(length)) + of));
    }
    OptionalInt pages = r.pageCount();
    if (pages.isPresent()) {
      return Optional.of(
          new Share(
              pages.getAsInt() * 60.0 / pagesPerHour / n, false, pages.getAsInt() + " pages" + of));
    }
    if (r.words().isPresent()) {
      return Optional.of(
          new Share(
              r.words().getAsInt() / wordsPerMinute / n,
              false,
              r.words().getAsInt() + " words" + of));
    }
    if (r.timeRequired().isPresent()) {
      long stated = r.timeRequired().get().toMinutes();
      return Optional.of(new Share(stated / (double) n, true, "stated time " + time(stated) + of));
    }
    return Optional.empty();
  }

  private static String time(long minutes) {
    if (minutes < 60) {
      return minutes + " min";
    }
    return minutes % 60 == 0
        ? (minutes / 60) + " h"
        : (minutes / 60) + " h " + (minutes % 60) + " min";
  }

  /**
   * {@code x} with at most two decimals, as {@code String.format(Locale.ROOT, "%.2f", x)} with its
   * trailing zeros cut: rounded half up from the shortest decimal form, as {@code %.2f} rounds, but
   * without a {@code Formatter}, whose first use loads the locale providers (a class path scan in a
   * short command's start-up).
   */
  static String number(double x) {
    if (x == Math.rint(x)) {
      return String.valueOf((long) x);
    }
    String s = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).toPlainString();
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '0') {
      end--;
    }
    return s.substring(0, end);
  }
}
