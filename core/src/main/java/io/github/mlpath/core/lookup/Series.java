package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of every series, course or book of a curriculum ({@code schema:isPartOf}), so that a
 * resource chooser can tell a container from a part and see what a part's earlier parts teach.
 */
final class Series {
  private final Map<String, List<Resource>> partsByContainer = new HashMap<>();
  private final Curriculum c;

  Series(Curriculum c) {
    this.c = c;
    for (Resource r : c.resources()) {
      r.partOf().ifPresent(p -> partsByContainer.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
    }
  }

  /** Where {@code r} sits in its source ({@link SeriesPlace#of}). */
  Optional<SeriesPlace> place(Resource r) {
    return SeriesPlace.of(c, r);
  }

  /** Whether {@code r} has parts of its own: a whole series, course or book. */
  boolean isContainer(Resource r) {
    return partsByContainer.containsKey(r.id());
  }

  /**
   * Whether {@code topic} is taught by {@code r} itself or by a part that comes after it in its
   * series: then an earlier part teaching it too is not something {@code r} presumes.
   */
  boolean taughtFromHereOn(Resource r, String topic) {
    if (r.teaches().contains(topic)) {
      return true;
    }
    if (r.partOf().isEmpty() || r.position().isEmpty()) {
      return false;
    }
    int position = r.position().getAsInt();
    for (Resource q : partsByContainer.getOrDefault(r.partOf().get(), List.of())) {
      if (q.position().isPresent()
          && q.position().getAsInt() > position
          && q.teaches().contains(topic)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parts that come before {@code r} in its series (a lower {@code schema:position}); empty
   * when it is no part or has no position.
   */
  List<Resource> earlierParts(Resource r) {
    if (r.partOf().isEmpty() || r.position().isEmpty()) {
      return List.of();
    }
    int position = r.position().getAsInt();
    List<Resource> out = new ArrayList<>();
    for (Resource q : partsByContainer.getOrDefault(r.partOf().get(), List.of())) {
      if (q.position().isPresent() && q.position().getAsInt() < position) {
        out.add(q);
      }
    }
    return out;
  }
}
