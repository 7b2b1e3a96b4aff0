package io.github.mlpath.cli.render;

import io.github.mlpath.core.Link;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.UmbrellaTopic;
import io.github.mlpath.core.lookup.ResourceChoice;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.Week;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text pieces shared by the commands' printers: topics, hours, resources, edges. */
public final class Text {
  private Text() {}

  /** "Derivatives (derivatives)". */
  public static String topic(TopicRef t) {
    return t.label() + " (" + t.id() + ")";
  }

  /** "3.5 h". */
  public static String hours(double h) {
    return tenths(h) + " h";
  }

  /**
   * {@code h} with one decimal, exactly as {@code String.format(Locale.ROOT, "%.1f", h)} writes it
   * (half up on the shortest decimal form), without parsing a format: a long path prints two of
   * these a step, and {@code Formatter} was most of the time spent printing it. Below a million
   * hours and away from a tie (x.x5) the nearest tenth is the answer; ties go through {@link
   * BigDecimal}, which rounds the shortest decimal form as {@code %.1f} does.
   */
  static String tenths(double h) {
    if (Double.doubleToRawLongBits(h) >= 0 && h < 1e6) {
      double scaled = h * 10;
      long t = Math.round(scaled);
      if (Math.abs(Math.abs(scaled - t) - 0.5) > 1e-6) {
        return (t / 10) + "." + (t % 10);
      }
    }
    boolean plain = Double.doubleToRawLongBits(h) >= 0 && h < 1e15;
    return plain
        ? BigDecimal.valueOf(h).setScale(1, RoundingMode.HALF_UP).toPlainString()
        : String.format(Locale.ROOT, "%.1f", h);
  }

  /** "42.0 h, 10.5 h of it estimated", or "42.0 h, all from confirmed sizes". */
  public static String pathHours(LearningPath path) {
    return hours(path.totalHours())
        + (path.estimatedHours() > 0
            ? ", " + hours(path.estimatedHours()) + " of it estimated"
            : ", all from confirmed sizes");
  }

  /** A week's hours and, when some are estimated, how many. */
  public static String weekHours(Week w) {
    double estimated = w.estimatedHours();
    return hours(w.hours()) + (estimated > 0 ? ", " + hours(estimated) + " of it estimated" : "");
  }

  /** "1.5 h", or "~1.5 h" for hours that are an estimate. */
  public static String itemHours(double h, boolean estimated) {
    return (estimated ? "~" : "") + hours(h);
  }

  /** "19 min", "1 h 5 min". */
  public static String duration(Duration d) {
    long m = d.toMinutes();
    if (m < 60) {
      return m + " min";
    }
    return m % 60 == 0 ? (m / 60) + " h" : (m / 60) + " h " + (m % 60) + " min";
  }

  /** "Title (video, 19 min, free, intuition) URL", with what is known. */
  public static String resource(ResourceChoice choice) {
    return resource(choice.resource());
  }

  /** "Title (video, 19 min, free, intuition) URL", with what is known. */
  public static String resource(Resource r) {
    return r.title() + facts(r) + r.url().map(u -> " " + u).orElse("");
  }

  /** "[Title](URL) (video, 19 min, free, intuition)", a Markdown link with what is known. */
  public static String markdownResource(ResourceChoice choice) {
    Resource r = choice.resource();
    return r.url().map(u -> "[" + r.title() + "](" + u + ")").orElse(r.title()) + facts(r);
  }

  /** " (video, 19 min, free, intuition, pages 3-9)", or empty when nothing is known. */
  private static String facts(Resource r) {
    List<String> facts = new ArrayList<>();
    r.medium().ifPresent(m -> facts.add(m.slug()));
    r.duration().ifPresent(d -> facts.add(duration(d)));
    r.free().ifPresent(f -> facts.add(f ? "free" : "paid"));
    r.depth().ifPresent(d -> facts.add(d.slug()));
    r.pagination().ifPresent(p -> facts.add("pages " + p));
    if (r.pagination().isEmpty()) {
      r.pages().ifPresent(n -> facts.add(n + " pages"));
    }
    r.words().ifPresent(n -> facts.add(n + " words"));
    r.timeRequired().ifPresent(d -> facts.add(duration(d) + " stated"));
    return facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")";
  }

  /** "Activation functions -> Derivatives: the reason", by labels. */
  public static String link(Link l) {
    return l.topic().label()
        + " -> "
        + l.required().label()
        + l.reason().map(r -> ": " + r).orElse("");
  }

  /** "Calculus (calculus): taken as known, 22 topics", one line per umbrella named as known. */
  public static List<String> knownUmbrellas(List<UmbrellaTopic> umbrellas) {
    return umbrellas.stream()
        .map(u -> topic(u.topic()) + ": taken as known, " + count(u.parts().size(), "topic"))
        .toList();
  }

  /** "Calculus (calculus): a goal, meaning its 22 topics", one line per umbrella goal. */
  public static List<String> goalUmbrellas(List<UmbrellaTopic> umbrellas) {
    return umbrellas.stream()
        .map(u -> topic(u.topic()) + ": a goal, meaning its " + count(u.parts().size(), "topic"))
        .toList();
  }

  /** "1 topic", "2 topics". */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
