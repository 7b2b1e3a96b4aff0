package io.github.mlpath.graph.read;

import io.github.mlpath.graph.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems one read finds, before they are located in files: each with the term it is about
 * (the focus, -1 for none), where in the data it shows (a position of {@link Facts}), and the ids
 * of the topics it concerns, so that planning can tell the problems on its way from the others. The
 * same problem found twice is kept once.
 */
final class Findings {
  /**
   * One problem. {@code topics} empty means it concerns the data as a whole; {@code leftOut} that
   * the curriculum was built without the data at fault (a topic, an edge, an area).
   */
  record Found(
      Severity severity,
      String rule,
      String message,
      int focus,
      long position,
      List<String> topics,
      boolean leftOut) {
    Found {
      topics = List.copyOf(topics);
    }
  }

  private final Set<Found> found = new LinkedHashSet<>();

  void error(String rule, String message, int focus, long position, List<String> topics) {
    found.add(new Found(Severity.ERROR, rule, message, focus, position, topics, false));
  }

  /** An error for which the curriculum leaves the data at fault out. */
  void leftOut(String rule, String message, int focus, long position, List<String> topics) {
    found.add(new Found(Severity.ERROR, rule, message, focus, position, topics, true));
  }

  void warning(String rule, String message, int focus, long position, List<String> topics) {
    found.add(new Found(Severity.WARNING, rule, message, focus, position, topics, false));
  }

  /** Adds what {@code other} found, in its order, after what was found here. */
  void addAll(Findings other) {
    found.addAll(other.found);
  }

  List<Found> all() {
    return new ArrayList<>(found);
  }
}
