package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Picks the resource to learn a topic from. Among the topic's resources (and its start-with
 * resource, even if that does not list the topic) it takes the best by, in order:
 *
 * <ol>
 *   <li>free, when free-only is asked (a resource whose price is unknown does not count as free);
 *   <li>on a path, in the source's order: not a part that presumes a topic coming later on the
 *       path, one that only earlier parts of its series teach (so episode 4 of a series is not sent
 *       before the topics of episodes 1-3); and not a part that would come, on the path, before a
 *       part of the same source used earlier on it ({@link PathResources} says which);
 *   <li>the preferred medium, then the preferred depth;
 *   <li>a part rather than a whole series, course or book that has parts;
 *   <li>being the data's start-with resource;
 *   <li>a title that names the topic (its main subject), the more squarely the better;
 *   <li>teaching fewer topics (more focused), then declaration order.
 * </ol>
 *
 * These are preferences, not filters: the best available resource is always chosen, and every
 * preference it could not meet becomes a note on the choice.
 */
public final class ResourceChooser {
  private final Curriculum c;
  private final Series series;

  private ResourceChooser(Curriculum c) {
    this.c = c;
    this.series = new Series(c);
  }

  /** The parts of every source of the curriculum, as this chooser sees them. */
  Series series() {
    return series;
  }

  /** A chooser for {@code c}; build one per path and reuse it for every step. */
  public static ResourceChooser of(Curriculum c) {
    return new ResourceChooser(c);
  }

  /** The resource for {@code topic} outside a path, or empty when the data lists none. */
  public static Optional<ResourceChoice> choose(
      Curriculum c, int topic, ResourcePreferences preferences) {
    return of(c).choose(topic, preferences, t -> false);
  }

  /**
   * The resource for {@code topic} at its place on a path.
   *
   * @param later whether a topic comes later on the path than {@code topic}
   */
  public Optional<ResourceChoice> choose(
      int topic, ResourcePreferences preferences, IntPredicate later) {
    return choose(topic, preferences, later, r -> true);
  }

  /**
   * The resource for {@code topic} at its place on a path, preferring one that keeps the parts of
   * each source in the source's order.
   *
   * @param later whether a topic comes later on the path than {@code topic}
   * @param inOrder whether a resource, used here, keeps its source's parts in order on the path
   */
  public Optional<ResourceChoice> choose(
      int topic, ResourcePreferences preferences, IntPredicate later, Predicate<Resource> inOrder) {
    Optional<Resource> start = c.startWith(topic);
    List<Candidate> candidates = new ArrayList<>();
    start.ifPresent(r -> candidates.add(candidate(topic, r, true, 0, preferences, later, inOrder)));
    int index = 1;
    for (Resource r : c.resourcesFor(topic)) {
      if (start.isEmpty() || !start.get().id().equals(r.id())) {
        candidates.add(candidate(topic, r, false, index++, preferences, later, inOrder));
      }
    }
    Optional<Candidate> first = candidates.stream().filter(Candidate::startWith).findFirst();
    return candidates.stream()
        .max(Candidate.ORDER)
        .map(b -> new ResourceChoice(b.resource, b.startWith, notes(b, preferences, first)));
  }

  private Candidate candidate(
      int topic,
      Resource r,
      boolean startWith,
      int index,
      ResourcePreferences p,
      IntPredicate later,
      Predicate<Resource> inOrder) {
    List<String> names = new ArrayList<>(c.altLabels(topic));
    names.add(0, c.label(topic));
    return new Candidate(
        r,
        startWith,
        index,
        !p.freeOnly() || r.free().orElse(false),
        presumedLater(r, later),
        inOrder.test(r),
        p.medium().isEmpty() || r.medium().equals(p.medium()),
        p.depth().isEmpty() || r.depth().equals(p.depth()),
        !series.isContainer(r),
        TitleMatch.of(r.title(), names));
  }

  /**
   * A topic that {@code r} presumes and that comes later on the path: one that only earlier parts
   * of {@code r}'s series teach (a topic that {@code r} or a later part also teaches is not
   * presumed, since the series comes back to it).
   */
  private Optional<String> presumedLater(Resource r, IntPredicate later) {
    for (Resource earlier : series.earlierParts(r)) {
      for (String t : earlier.teaches()) {
        var v = c.indexOf(t);
        if (v.isPresent() && later.test(v.getAsInt()) && !series.taughtFromHereOn(r, t)) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /** One resource with what the criteria say of it. */
  private record Candidate(
      Resource resource,
      boolean startWith,
      int index,
      boolean free,
      Optional<String> presumes,
      boolean inOrder,
      boolean medium,
      boolean depth,
      boolean part,
      TitleMatch match) {
    static final Comparator<Candidate> ORDER =
        Comparator.comparing(Candidate::free)
            .thenComparing(x -> x.presumes().isEmpty())
            .thenComparing(Candidate::inOrder)
            .thenComparing(Candidate::medium)
            .thenComparing(Candidate::depth)
            .thenComparing(Candidate::part)
            .thenComparing(Candidate::startWith)
            .thenComparing(Candidate::match)
            .thenComparing(x -> -x.resource().teaches().size())
            .thenComparing(x -> -x.index());
  }

  private static List<String> notes(
      Candidate chosen, ResourcePreferences p, Optional<Candidate> start) {
    Resource r = chosen.resource;
    List<String> notes = new ArrayList<>();
    if (!chosen.free) {
      notes.add(
          "no free resource; chose '"
              + r.id()
              + "', "
              + (r.free().isPresent() ? "which is paid" : "whose price is unknown"));
    }
    chosen.presumes.ifPresent(
        t ->
            notes.add(
                "every resource is a part that comes after one teaching '"
                    + t
                    + "', which comes later on this path; chose '"
                    + r.id()
                    + "'"));
    if (!chosen.inOrder) {
      notes.add(
          "no resource keeps the parts of its source in order on this path; chose '"
              + r.id()
              + "'");
    }
    if (!chosen.medium) {
      notes.add(
          "no "
              + p.medium().get().slug()
              + " resource"
              + (p.freeOnly() ? " that is free" : "")
              + "; chose "
              + r.medium().map(m -> "a " + m.slug()).orElse("one of unknown medium"));
    }
    if (!chosen.depth) {
      notes.add(
          "no "
              + p.depth().get().slug()
              + " resource that fits the other preferences; chose "
              + r.depth()
                  .map(d -> (d == Depth.INTUITION ? "an " : "a ") + d.slug() + " one")
                  .orElse("one of unknown depth"));
    }
    start.filter(s -> s != chosen).ifPresent(s -> notes.add(skipped(s)));
    return notes;
  }

  private static String skipped(Candidate start) {
    String why;
    if (start.presumes.isPresent()) {
      why =
          ", a part that comes after one teaching '"
              + start.presumes.get()
              + "', which comes later on this path";
    } else if (!start.inOrder) {
      why = ", which would come on this path after a later part of its source";
    } else if (!start.part) {
      why = ", a whole course, series or book, for one of its parts";
    } else {
      why = " because another fits the preferences better";
    }
    return "skipped the start-with resource '" + start.resource.id() + "'" + why;
  }
}
