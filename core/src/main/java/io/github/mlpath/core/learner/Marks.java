package io.github.mlpath.core.learner;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.plan.Planner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Marking topics learned and removing marks, keeping the implied topics in step. Stateless. */
final class Marks {
  private Marks() {}

  /** Marks {@code names} with {@code origin} on {@code day}; learned ones get a review schedule. */
  static LearnReport learn(
      Planner planner, Profile profile, List<String> names, MarkOrigin origin, LocalDate day) {
    Curriculum c = planner.curriculum();
    Map<String, Mark> marks = byTopic(profile.learned());
    List<TopicRef> marked = new ArrayList<>();
    List<TopicRef> already = new ArrayList<>();
    List<Integer> fresh = new ArrayList<>();
    for (String name : names) {
      int v = planner.resolve(name);
      Mark old = marks.get(c.id(v));
      if (old != null && (old.origin() == origin || old.origin() == MarkOrigin.LEARNED)) {
        if (!already.contains(TopicRef.of(c, v))) {
          already.add(TopicRef.of(c, v));
        }
        continue;
      }
      marks.put(c.id(v), new Mark(c.id(v), day, origin));
      marked.add(TopicRef.of(c, v));
      fresh.add(v);
    }
    Map<String, ReviewCard> cards = cardsByTopic(profile.reviews());
    List<Credit> credited = new ArrayList<>();
    if (origin == MarkOrigin.LEARNED) {
      for (int v : fresh) {
        cards.putIfAbsent(c.id(v), Sm2.learned(c.id(v), day));
      }
      for (int v : fresh) {
        credited.addAll(Reviews.credit(c, cards, v, day));
      }
    }
    Profile next = implied(planner, profile, List.copyOf(marks.values()), day);
    next = next.withReviews(List.copyOf(cards.values()));
    BitSet before = planner.known(present(c, profile.knownIds()), false);
    List<TopicRef> newly = impliedOutside(c, next.implied(), before);
    return new LearnReport(next, marked, already, newly, credited);
  }

  /** Removes the marks of {@code names}, saying what stays known and what no longer is. */
  static UnlearnReport unlearn(Planner planner, Profile profile, List<String> names) {
    Curriculum c = planner.curriculum();
    Map<String, Mark> marks = byTopic(profile.learned());
    Map<String, ReviewCard> cards = cardsByTopic(profile.reviews());
    List<TopicRef> unmarked = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<Integer> named = new ArrayList<>();
    for (String name : names) {
      if (marks.containsKey(name) && c.indexOf(name).isEmpty()) {
        marks.remove(name);
        cards.remove(name);
        missing.add(name);
        continue;
      }
      int v = planner.resolve(name);
      if (marks.remove(c.id(v)) != null) {
        cards.remove(c.id(v));
        unmarked.add(TopicRef.of(c, v));
      } else if (!named.contains(v)) {
        named.add(v);
      }
    }
    Profile next = implied(planner, profile, List.copyOf(marks.values()), null);
    next = next.withReviews(List.copyOf(cards.values()));
    List<Implication> notMarked = new ArrayList<>();
    for (int v : named) {
      notMarked.add(new Implication(TopicRef.of(c, v), impliedBy(planner, next, v)));
    }
    List<Implication> stillKnown = new ArrayList<>();
    for (TopicRef t : unmarked) {
      List<TopicRef> by = impliedBy(planner, next, c.indexOf(t.id()).getAsInt());
      if (!by.isEmpty()) {
        stillKnown.add(new Implication(t, by));
      }
    }
    BitSet after = planner.known(present(c, next.knownIds()), false);
    List<TopicRef> gone = impliedOutside(c, profile.implied(), after);
    return new UnlearnReport(next, unmarked, missing, notMarked, stillKnown, gone);
  }

  /** The topics of {@code implied} that {@code known} lacks, in the marks' order. */
  private static List<TopicRef> impliedOutside(Curriculum c, List<Mark> implied, BitSet known) {
    List<TopicRef> out = new ArrayList<>();
    for (Mark m : implied) {
      c.indexOf(m.topic())
          .ifPresent(
              v -> {
                if (!known.get(v)) {
                  out.add(TopicRef.of(c, v));
                }
              });
    }
    return out;
  }

  /** The marks that require topic {@code v}, directly or not, in id order. */
  static List<TopicRef> impliedBy(Planner planner, Profile profile, int v) {
    Curriculum c = planner.curriculum();
    List<TopicRef> out = new ArrayList<>();
    for (Mark m : profile.learned()) {
      Optional<Integer> w = index(c, m.topic());
      if (w.isPresent() && w.get() != v && planner.known(List.of(m.topic()), true).get(v)) {
        out.add(TopicRef.of(c, w.get()));
      }
    }
    return out;
  }

  /**
   * The profile with {@code marks} and the topics they imply: what they require and is not marked,
   * keeping the date an implied topic was first implied ({@code day} for new ones, or the date of
   * the mark that implies it when {@code day} is null), and keeping implied ids the curriculum no
   * longer has.
   */
  static Profile implied(Planner planner, Profile profile, List<Mark> marks, LocalDate day) {
    Curriculum c = planner.curriculum();
    Map<String, Mark> old = byTopic(profile.implied());
    BitSet closure = planner.known(present(c, marks.stream().map(Mark::topic).toList()), true);
    Map<String, Mark> markById = byTopic(marks);
    List<Mark> implied = new ArrayList<>();
    for (int v = closure.nextSetBit(0); v >= 0; v = closure.nextSetBit(v + 1)) {
      String id = c.id(v);
      if (markById.containsKey(id)) {
        continue;
      }
      Mark before = old.get(id);
      LocalDate date =
          before != null ? before.date() : day != null ? day : earliestImplying(planner, marks, v);
      implied.add(new Mark(id, date, MarkOrigin.IMPLIED));
    }
    for (Mark m : profile.implied()) {
      if (c.indexOf(m.topic()).isEmpty()) {
        implied.add(m);
      }
    }
    return profile.withLearned(marks, implied);
  }

  private static LocalDate earliestImplying(Planner planner, List<Mark> marks, int v) {
    LocalDate best = null;
    for (Mark m : marks) {
      if (planner.curriculum().indexOf(m.topic()).isPresent()
          && planner.known(List.of(m.topic()), true).get(v)
          && (best == null || m.date().isBefore(best))) {
        best = m.date();
      }
    }
    return best;
  }

  /** The ids the curriculum has, in the order given. */
  static List<String> present(Curriculum c, List<String> ids) {
    return ids.stream().filter(id -> c.indexOf(id).isPresent()).toList();
  }

  private static Optional<Integer> index(Curriculum c, String id) {
    return c.indexOf(id).isPresent() ? Optional.of(c.indexOf(id).getAsInt()) : Optional.empty();
  }

  static Map<String, Mark> byTopic(List<Mark> marks) {
    Map<String, Mark> out = new LinkedHashMap<>();
    marks.forEach(m -> out.put(m.topic(), m));
    return out;
  }

  static Map<String, ReviewCard> cardsByTopic(List<ReviewCard> cards) {
    Map<String, ReviewCard> out = new LinkedHashMap<>();
    cards.forEach(r -> out.put(r.topic(), r));
    return out;
  }
}
