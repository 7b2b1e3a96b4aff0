package io.github.mlpath.graph.read;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Class membership as SHACL sees it: a term is an instance of class C when it is typed with C or
 * with a class that is, through {@code rdfs:subClassOf} in the data, a subclass of C. The data
 * includes the vocabulary, so instances of the four kinds are instances of {@code mlp:Topic}.
 */
final class Classes {
  private final Facts facts;
  private final Known known;

  Classes(Facts facts, Known known) {
    this.facts = facts;
    this.known = known;
  }

  /** Every instance of {@code cls}, as a set of term ids. */
  BitSet instances(int cls) {
    BitSet out = new BitSet();
    if (cls < 0 || known.type < 0) {
      return out;
    }
    BitSet classes = new BitSet();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(cls);
    classes.set(cls);
    while (!todo.isEmpty()) {
      int c = todo.pop();
      for (int s : facts.subjects(known.subClassOf, c)) {
        if (!classes.get(s)) {
          classes.set(s);
          todo.push(s);
        }
      }
    }
    for (int c = classes.nextSetBit(0); c >= 0; c = classes.nextSetBit(c + 1)) {
      for (int t : facts.subjects(known.type, c)) {
        out.set(t);
      }
    }
    return out;
  }

  /** The terms typed with {@code cls} itself, not through a subclass. */
  BitSet typedInstances(int cls) {
    BitSet out = new BitSet();
    for (int t : facts.subjects(known.type, cls)) {
      out.set(t);
    }
    return out;
  }
}
