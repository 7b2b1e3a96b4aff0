package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the resource to learn a topic from. Among the topic's resources it takes the best by, in
 * order: free when free-only is asked (a resource whose price is unknown does not count as free);
 * the preferred medium; the preferred depth; being the data's start-with resource; declaration
 * order (the start-with resource counts even when it does not list the topic itself). So the
 * start-with resource wins unless another resource meets more of the preferences. Every preference
 * it could not meet becomes a note on the choice.
 */
public final class ResourceChooser {
  private ResourceChooser() {}

  /** The resource for {@code topic}, or empty when the data lists none. */
  public static Optional<ResourceChoice> choose(
      Curriculum c, int topic, ResourcePreferences preferences) {
    Optional<Resource> start = c.startWith(topic);
    List<Resource> candidates = new ArrayList<>();
    start.ifPresent(candidates::add);
    for (Resource r : c.resourcesFor(topic)) {
      if (start.isEmpty() || !start.get().id().equals(r.id())) {
        candidates.add(r);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Resource best = null;
    int bestScore = -1;
    for (Resource r : candidates) {
      int score = score(r, preferences, start);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    boolean isStart = start.isPresent() && start.get().id().equals(best.id());
    return Optional.of(new ResourceChoice(best, isStart, notes(best, preferences, start)));
  }

  private static int score(Resource r, ResourcePreferences p, Optional<Resource> start) {
    int score = 0;
    if (free(r, p)) {
      score += 8;
    }
    if (medium(r, p)) {
      score += 4;
    }
    if (depth(r, p)) {
      score += 2;
    }
    if (start.isPresent() && start.get().id().equals(r.id())) {
      score += 1;
    }
    return score;
  }

  private static boolean free(Resource r, ResourcePreferences p) {
    return !p.freeOnly() || r.free().orElse(false);
  }

  private static boolean medium(Resource r, ResourcePreferences p) {
    return p.medium().isEmpty() || r.medium().equals(p.medium());
  }

  private static boolean depth(Resource r, ResourcePreferences p) {
    return p.depth().isEmpty() || r.depth().equals(p.depth());
  }

  private static List<String> notes(
      Resource chosen, ResourcePreferences p, Optional<Resource> start) {
    List<String> notes = new ArrayList<>();
    if (!free(chosen, p)) {
      notes.add(
          "no free resource; chose '"
              + chosen.id()
              + "', "
              + (chosen.free().isPresent() ? "which is paid" : "whose price is unknown"));
    }
    if (!medium(chosen, p)) {
      notes.add(
          "no "
              + p.medium().get().slug()
              + " resource"
              + (p.freeOnly() ? " that is free" : "")
              + "; chose "
              + chosen.medium().map(m -> "a " + m.slug()).orElse("one of unknown medium"));
    }
    if (!depth(chosen, p)) {
      notes.add(
          "no "
              + p.depth().get().slug()
              + " resource that fits the other preferences; chose "
              + chosen.depth().map(d -> "a " + d.slug() + " one").orElse("one of unknown depth"));
    }
    if (start.isPresent() && !start.get().id().equals(chosen.id())) {
      notes.add(
          "skipped the start-with resource '"
              + start.get().id()
              + "' because another fits the preferences better");
    }
    return notes;
  }
}
