package io.github.mlpath.graph.read;

import io.github.mlpath.core.TopicKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics of the data: IRIs that are instances of {@code mlp:Topic} (the four kinds are its
 * subclasses) or typed with a kind directly, in IRI order, with their ids; and the wider set the
 * topic shapes check, which adds every subject of {@code mlp:requires}, {@code
 * mlp:qualifiedRequirement} and {@code mlp:startWith}.
 */
final class TopicSet {
  final BitSet defined = new BitSet();
  final BitSet shaped = new BitSet();
  final BitSet identified = new BitSet();
  final int[] sorted;
  private final Facts f;
  private List<String> sortedIds;
  private Map<String, Integer> byId;

  TopicSet(Facts f, Known k, Classes classes) {
    BitSet typed = classes.instances(k.topic);
    for (int kind : k.kinds.values()) {
      typed.or(classes.instances(kind));
    }
    for (int t = typed.nextSetBit(0); t >= 0; t = typed.nextSetBit(t + 1)) {
      if (f.isIri(t)) {
        defined.set(t);
      }
    }
    identified.or(typed);
    for (int t : f.subjectsOf(k.requires)) {
      identified.set(t);
    }
    shaped.or(identified);
    for (int p : new int[] {k.qualifiedRequirement, k.startWith}) {
      for (int t : f.subjectsOf(p)) {
        shaped.set(t);
      }
    }
    List<Integer> order = new ArrayList<>();
    defined.stream().forEach(order::add);
    order.sort((a, b) -> f.iri(a).compareTo(f.iri(b)));
    sorted = order.stream().mapToInt(Integer::intValue).toArray();
    this.f = f;
  }

  /**
   * Every topic's id, sorted: what a suggestion for a misspelt id is chosen from. Made on first
   * use, since only data with an error needs it.
   */
  List<String> sortedIds() {
    if (sortedIds == null) {
      List<String> idList = new ArrayList<>();
      for (int t : sorted) {
        idList.add(id(t));
      }
      idList.sort(null);
      sortedIds = List.copyOf(idList);
    }
    return sortedIds;
  }

  boolean isTopic(int term) {
    return term >= 0 && defined.get(term);
  }

  /**
   * The id of a topic term, cut from its IRI on each call: a million ids held for the whole read
   * would be a tenth of its heap.
   */
  String id(int term) {
    return Terms.id(f.iri(term));
  }

  /** The first topic, in IRI order, with this id; -1 when none. */
  int byId(String id) {
    if (byId == null) {
      byId = new HashMap<>();
      for (int t : sorted) {
        byId.putIfAbsent(id(t), t);
      }
    }
    return byId.getOrDefault(id, -1);
  }

  /** The kinds {@code t} is typed with directly, in {@link TopicKind} order. */
  static List<TopicKind> kinds(Facts f, Known k, int t) {
    int[] types = f.objects(t, k.type);
    List<TopicKind> out = new ArrayList<>(1);
    for (TopicKind kind : TopicKind.values()) {
      int cls = k.kinds.get(kind);
      for (int type : types) {
        if (type == cls) {
          out.add(kind);
          break;
        }
      }
    }
    return out;
  }
}
