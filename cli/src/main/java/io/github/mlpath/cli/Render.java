package io.github.mlpath.cli;

import io.github.mlpath.core.Link;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.lookup.ResourceChoice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text pieces shared by the planning commands. */
final class Render {
  private Render() {}

  static String topic(TopicRef t) {
    return t.label() + " (" + t.id() + ")";
  }

  static String hours(double h) {
    return String.format(Locale.ROOT, "%.1f h", h);
  }

  static String duration(Duration d) {
    long m = d.toMinutes();
    if (m < 60) {
      return m + " min";
    }
    return m % 60 == 0 ? (m / 60) + " h" : (m / 60) + " h " + (m % 60) + " min";
  }

  /** "Title (video, 19 min, free, intuition) URL", with what is known. */
  static String resource(ResourceChoice choice) {
    Resource r = choice.resource();
    List<String> facts = new ArrayList<>();
    r.medium().ifPresent(m -> facts.add(m.slug()));
    r.duration().ifPresent(d -> facts.add(duration(d)));
    r.free().ifPresent(f -> facts.add(f ? "free" : "paid"));
    r.depth().ifPresent(d -> facts.add(d.slug()));
    r.pagination().ifPresent(p -> facts.add("pages " + p));
    String s = r.title() + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
    return s + r.url().map(u -> " " + u).orElse("");
  }

  static String link(Link l) {
    return l.topic().id() + " -> " + l.required().id() + l.reason().map(r -> ": " + r).orElse("");
  }
}
