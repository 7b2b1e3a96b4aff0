package io.github.mlpath.graph.read;

import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicDetails;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Builds the core {@link Curriculum} from {@link Facts}: areas, topics (anything typed with one of
 * the four kinds), {@code mlp:requires} edges with the reasons of their qualified requirements (a
 * qualified requirement without its direct edge still counts as the edge), resources and start-with
 * marks. It builds what it can: a topic without a kind, an edge to an undefined topic, a second
 * definition of an id and a start-with mark naming no resource are left out, and the rules report
 * each of them, so that planning on the rest of the data can go on.
 */
final class Assembler {
  private final Facts f;
  private final Known k;
  private final TopicSet topics;
  private final Findings out;
  private final Map<String, Integer> areaIds = new HashMap<>();
  private final java.util.BitSet kept = new java.util.BitSet();
  private int[] indexOf;
  private int[] termOf;
  private final Map<String, Integer> resourceIds = new HashMap<>();

  Assembler(Facts f, Known k, TopicSet topics, Findings out) {
    this.f = f;
    this.k = k;
    this.topics = topics;
    this.out = out;
  }

  Curriculum build(Classes classes) {
    CurriculumBuilder b = new CurriculumBuilder(topics.sorted.length);
    indexOf = new int[f.termCount()];
    termOf = new int[topics.sorted.length];
    for (int a : sortedIris(classes.typedInstances(k.areaClass))) {
      String id = Terms.id(f.iri(a));
      if (unique(areaIds, id, a, "area")) {
        b.addArea(new Area(id, f.iri(a), label(a).orElse(id)));
      }
    }
    for (int t : topics.sorted) {
      List<TopicKind> kinds = TopicSet.kinds(f, k, t);
      if (!kinds.isEmpty()) {
        add(b, t, kinds.get(0));
      }
    }
    for (int t : topics.sorted) {
      if (kept.get(t)) {
        edges(b, t);
      }
    }
    for (int r : sortedIris(classes.typedInstances(k.learningResource))) {
      if (unique(resourceIds, Terms.id(f.iri(r)), r, "resource")) {
        b.addResource(resource(r));
      }
    }
    for (int t : topics.sorted) {
      if (!kept.get(t)) {
        continue;
      }
      for (int r : Values.iris(f, t, k.startWith)) {
        if (resourceIds.containsKey(Terms.id(f.iri(r)))) {
          b.startWith(topics.id(t), Terms.id(f.iri(r)));
          break;
        }
      }
    }
    return b.build();
  }

  /**
   * Whether {@code term} is the first, in IRI order, with its id; a later one is reported at its
   * own place, naming both IRIs (two prefixes for one namespace name, say).
   */
  private boolean unique(Map<String, Integer> seen, String id, int term, String what) {
    Integer first = seen.putIfAbsent(id, term);
    if (first == null) {
      return true;
    }
    duplicate(id, term, first, what);
    return false;
  }

  /**
   * Adds topic {@code t} unless a topic with its id came first in IRI order ({@link #unique} for a
   * topic: the builder's index of the topics added is the map of ids).
   */
  private void add(CurriculumBuilder b, int t, TopicKind kind) {
    String id = topics.id(t);
    int v = b.addNewTopic(topic(t, id, kind));
    if (v < 0) {
      duplicate(id, t, termOf[-1 - v], "topic");
      return;
    }
    indexOf[t] = v;
    termOf[v] = t;
    kept.set(t);
  }

  private void duplicate(String id, int term, int first, String what) {
    out.leftOut(
        "duplicate-id",
        "two "
            + what
            + "s have the id '"
            + id
            + "': <"
            + f.iri(term)
            + "> here and <"
            + f.iri(first)
            + ">"
            + at(first)
            + "; only the first in IRI order, <"
            + f.iri(first)
            + ">, is used",
        term,
        f.firstPosition(term),
        what.equals("topic") ? List.of(id) : List.of());
  }

  /**
   * " at FILE:LINE" (as {@link SourceLocation} writes it) where {@code term} was first read from a
   * file with lines, else nothing.
   */
  private String at(int term) {
    long position = f.firstPosition(term);
    if (position == Positions.NOWHERE || Positions.lineOf(position) == 0) {
      return "";
    }
    String source = f.sourceName(Positions.sourceOf(position));
    return " at " + new SourceLocation(source, Positions.lineOf(position), 0);
  }

  private Topic topic(int t, String id, TopicKind kind) {
    Optional<String> area =
        Optional.of(Values.firstIri(f, t, k.area))
            .filter(a -> a >= 0)
            .map(a -> Terms.id(f.iri(a)))
            .filter(areaIds::containsKey);
    List<String> broader =
        Values.iris(f, t, k.broader).stream().map(o -> Terms.id(f.iri(o))).sorted().toList();
    List<String> matches = Values.iris(f, t, k.exactMatch).stream().map(f::iri).sorted().toList();
    return new Topic(
        id,
        f.iri(t),
        label(t).orElse(id),
        kind,
        area,
        new TopicDetails(
            Values.texts(f, t, k.altLabel),
            Values.text(f, t, k.definition),
            broader,
            Values.text(f, t, k.learningTime).flatMap(Durations::parse),
            matches,
            f.has(t, k.type, k.umbrella),
            Values.integer(f, t, k.teachingOrder)));
  }

  private Optional<String> label(int term) {
    return Values.text(f, term, k.prefLabel).or(() -> Values.text(f, term, k.rdfsLabel));
  }

  /** The edges of {@code t}: each to a topic kept, reasons taken from qualified requirements. */
  private void edges(CurriculumBuilder b, int t) {
    int from = indexOf[t];
    Map<String, String> reasons = reasons(t);
    for (int o : f.objects(t, k.requires)) {
      if (kept.get(o)) {
        b.addPrerequisite(
            from, indexOf[o], reasons.isEmpty() ? null : reasons.remove(topics.id(o)));
      }
    }
    reasons.forEach(
        (to, reason) -> {
          if (b.indexOf(to) >= 0) {
            b.addPrerequisite(from, b.indexOf(to), reason);
          }
        });
    for (int o : f.objects(t, k.requiresGist)) {
      if (kept.get(o)) {
        b.addPrerequisite(from, indexOf[o], null).markGist(from, indexOf[o]);
      }
    }
  }

  /** The reasons of {@code t}'s qualified requirements, by the id of the topic each requires. */
  private Map<String, String> reasons(int t) {
    int[] qualified = f.objects(t, k.qualifiedRequirement);
    if (qualified.length == 0) {
      return Map.of();
    }
    Map<String, String> reasons = new TreeMap<>();
    for (int q : qualified) {
      int required = f.isLiteral(q) ? -1 : Values.firstIri(f, q, k.requiredTopic);
      if (required >= 0) {
        String reason = Values.text(f, q, k.reason).orElse("");
        reasons.merge(Terms.id(f.iri(required)), reason, (x, y) -> x.isEmpty() ? y : x);
      }
    }
    return reasons;
  }

  private Resource resource(int r) {
    Optional<String> url =
        Optional.of(f.objects(r, k.url))
            .filter(v -> v.length > 0)
            .map(v -> v[0])
            .filter(o -> f.kind(o) != Facts.BLANK)
            .map(o -> Values.str(f, o));
    Optional<Boolean> free =
        Optional.of(f.objects(r, k.free))
            .filter(v -> v.length > 0 && f.isLiteral(v[0]))
            .map(v -> f.lexical(v[0]).equals("true"));
    OptionalInt position = Values.integer(f, r, k.position);
    List<String> teaches = new ArrayList<>();
    for (int t : Values.iris(f, r, k.teaches)) {
      if (kept.get(t)) {
        teaches.add(topics.id(t));
      }
    }
    teaches.sort(null);
    String id = Terms.id(f.iri(r));
    return new Resource(
        id,
        f.iri(r),
        Values.text(f, r, k.name).orElse(id),
        url,
        Values.text(f, r, k.resourceType).flatMap(Medium::fromSlug),
        Values.text(f, r, k.duration).flatMap(Durations::parse),
        free,
        Values.text(f, r, k.level).flatMap(Depth::fromSlug),
        Values.texts(f, r, k.author),
        Optional.of(Values.firstIri(f, r, k.partOf))
            .filter(p -> p >= 0)
            .map(p -> Terms.id(f.iri(p))),
        position,
        Values.text(f, r, k.pagination),
        teaches,
        positive(Values.integer(f, r, k.numberOfPages)),
        positive(Values.integer(f, r, k.wordCount)),
        Values.text(f, r, k.timeRequired).flatMap(Durations::parse));
  }

  private static OptionalInt positive(OptionalInt n) {
    return n.isPresent() && n.getAsInt() > 0 ? n : OptionalInt.empty();
  }

  private int[] sortedIris(java.util.BitSet terms) {
    return terms.stream()
        .filter(f::isIri)
        .boxed()
        .sorted((a, b) -> f.iri(a).compareTo(f.iri(b)))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
