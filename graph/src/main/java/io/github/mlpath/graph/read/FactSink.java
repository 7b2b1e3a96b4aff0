package io.github.mlpath.graph.read;

import io.github.mlpath.graph.load.RdfSink;
import org.apache.jena.graph.Node;

/**
 * Files each triple the parser reads into {@link Facts}, with its position. Remembers the last
 * subject and a few recent predicates by identity, since parsers hand the same node objects again
 * for consecutive triples, and a few recent objects (classes, areas: the parser's node cache hands
 * the same objects again too), so most triples cost at most one lookup: a new object.
 */
final class FactSink implements RdfSink {
  private static final int RECENT = 8;

  private final Facts facts;
  private int source;
  private Node lastSubject;
  private int lastSubjectId;
  private final Node[] recent = new Node[RECENT];
  private final int[] recentIds = new int[RECENT];
  private int next;
  private final Node[] recentObjects = new Node[RECENT];
  private final int[] recentObjectIds = new int[RECENT];
  private int nextObject;

  FactSink(Facts facts) {
    this.facts = facts;
  }

  /** Positions from now on name source {@code index}. */
  void source(int index) {
    source = index;
    lastSubject = null;
  }

  @Override
  public void triple(Node s, Node p, Node o, long at, long subjectAt) {
    int sid;
    if (s == lastSubject) {
      sid = lastSubjectId;
    } else {
      sid = facts.term(s);
      lastSubject = s;
      lastSubjectId = sid;
      facts.subjectAt(sid, Positions.position(source, subjectAt));
    }
    facts.add(sid, predicate(p), object(o), Positions.position(source, at));
  }

  private int predicate(Node p) {
    for (int i = 0; i < RECENT; i++) {
      if (recent[i] == p) {
        return recentIds[i];
      }
    }
    int id = facts.term(p);
    recent[next] = p;
    recentIds[next] = id;
    next = (next + 1) % RECENT;
    return id;
  }

  private int object(Node o) {
    for (int i = 0; i < RECENT; i++) {
      if (recentObjects[i] == o) {
        return recentObjectIds[i];
      }
    }
    int id = facts.term(o);
    if (o.isURI()) {
      recentObjects[nextObject] = o;
      recentObjectIds[nextObject] = id;
      nextObject = (nextObject + 1) % RECENT;
    }
    return id;
  }
}
