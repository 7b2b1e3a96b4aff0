package io.github.mlpath.graph.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * The triples of the data as ints, the whole of what the reader knows: IRIs, blank nodes and
 * literals interned once each as terms, every triple as three term ids and the position it was read
 * at (source, line, column). About 20 bytes a triple, a fraction of a Jena graph. Filled by {@link
 * FactSink}, then {@link #freeze() frozen} into indices by subject and by object that the rules and
 * the assembler query.
 */
final class Facts {
  static final byte IRI = 0;
  static final byte BLANK = 1;
  static final byte LITERAL = 2;

  private final TermDictionary terms = new TermDictionary();
  private long[] subjectAt = new long[1024];
  private final List<String> sources = new ArrayList<>();

  private int[] s = new int[1024];
  private int[] p = new int[1024];
  private int[] o = new int[1024];
  private long[] pos = new long[1024];
  private int count;

  private int[] bySubjectStart;
  private int[] bySubject;
  private int[] byObjectStart;
  private int[] byObject;
  private static final int[] NONE = new int[0];

  /** Starts a source; positions of what follows name it. Returns its index. */
  int startSource(String name) {
    sources.add(name);
    return sources.size() - 1;
  }

  String sourceName(int index) {
    return sources.get(index);
  }

  int sourceCount() {
    return sources.size();
  }

  /** The id of a node, interning it. */
  int term(Node n) {
    return noted(terms.intern(n));
  }

  private int noted(int id) {
    if (id == subjectAt.length) {
      subjectAt = Arrays.copyOf(subjectAt, id * 2);
    }
    return id;
  }

  /**
   * Adds the triples of {@code later} (the rest of the current source, read apart: its lines
   * counted from {@code lines} line feeds in) as if they had been read here, after what was: its
   * terms are interned in the order it interned them, so every id is the one a single reading would
   * have given.
   */
  void append(Facts later, long lines) {
    int[] id = new int[later.terms.size()];
    for (int t = 0; t < id.length; t++) {
      id[t] = noted(terms.intern(later.terms, t));
      if (later.subjectAt[t] != 0) {
        subjectAt(id[t], Positions.down(later.subjectAt[t] - 1, lines));
      }
    }
    if (count + later.count > s.length) {
      resize(count + later.count);
    }
    for (int i = 0; i < later.count; i++) {
      s[count] = id[later.s[i]];
      p[count] = id[later.p[i]];
      o[count] = id[later.o[i]];
      pos[count] = Positions.down(later.pos[i], lines);
      count++;
    }
  }

  private void resize(int length) {
    s = Arrays.copyOf(s, length);
    p = Arrays.copyOf(p, length);
    o = Arrays.copyOf(o, length);
    pos = Arrays.copyOf(pos, length);
  }

  /** The id of an IRI, or -1 when the data never mentions it. */
  int iriId(String iri) {
    return terms.find(iri);
  }

  void add(int subject, int predicate, int object, long position) {
    if (count == s.length) {
      resize(count + (count >> 1)); // not doubled: at 6M triples, spare room is 20 bytes each
    }
    s[count] = subject;
    p[count] = predicate;
    o[count] = object;
    pos[count] = position;
    count++;
  }

  /** How many triples so far; a mark to {@link #rollback} to. */
  int size() {
    return count;
  }

  /** Forgets the triples added since {@code mark}, as when a source turns out to be bad. */
  void rollback(int mark) {
    count = mark;
  }

  /**
   * Builds the indices by subject and by object, one on a second thread; nothing may be added
   * afterwards.
   */
  void freeze() {
    if (s.length != count) {
      resize(count);
    }
    int n = terms.size();
    bySubjectStart = new int[n + 1];
    byObjectStart = new int[n + 1];
    Handover.Task objects =
        Handover.start("mlpath-freeze", () -> byObject = group(o, n, byObjectStart));
    bySubject = group(s, n, bySubjectStart);
    objects.join();
  }

  /** Triple indices grouped by {@code key}, each group in triple order (a counting sort). */
  private int[] group(int[] key, int terms, int[] start) {
    for (int i = 0; i < count; i++) {
      start[key[i] + 1]++;
    }
    for (int t = 0; t < terms; t++) {
      start[t + 1] += start[t];
    }
    int[] fill = Arrays.copyOf(start, terms);
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[fill[key[i]]++] = i;
    }
    return out;
  }

  int termCount() {
    return terms.size();
  }

  byte kind(int term) {
    return terms.kind(term);
  }

  boolean isIri(int term) {
    return terms.kind(term) == IRI;
  }

  boolean isLiteral(int term) {
    return terms.kind(term) == LITERAL;
  }

  /** The IRI of an IRI term, the label of a blank node. */
  String iri(int term) {
    return terms.text(term);
  }

  String lexical(int term) {
    return terms.text(term);
  }

  String lang(int term) {
    return terms.lang(term);
  }

  String datatype(int term) {
    return terms.datatype(term);
  }

  /** The distinct objects of {@code subject}'s {@code predicate} triples, in the order read. */
  int[] objects(int subject, int predicate) {
    return distinct(subject, predicate, bySubjectStart, bySubject, o);
  }

  /** The distinct subjects of the {@code predicate} triples whose object is {@code object}. */
  int[] subjects(int predicate, int object) {
    return distinct(object, predicate, byObjectStart, byObject, s);
  }

  /**
   * The distinct {@code values} of the {@code predicate} triples in {@code key}'s group, in the
   * order read. Only reads the frozen facts, so threads may query at once.
   */
  private int[] distinct(int key, int predicate, int[] start, int[] group, int[] values) {
    if (key < 0 || predicate < 0) {
      return NONE;
    }
    int end = start[key + 1];
    int[] out = NONE;
    int n = 0;
    DistinctInts many = null;
    for (int k = start[key]; k < end; k++) {
      int t = group[k];
      if (p[t] != predicate) {
        continue;
      }
      int v = values[t];
      if (many != null) {
        if (!many.add(v)) {
          continue;
        }
      } else if (DistinctInts.contains(out, n, v)) {
        continue;
      } else if (n == DistinctInts.FEW) {
        many = new DistinctInts(out, n, end - k);
        many.add(v);
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, Math.min(end - k + n, Math.max(4, n * 2)));
      }
      out[n++] = v;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Whether the data holds the triple. */
  boolean has(int subject, int predicate, int object) {
    return position(subject, predicate, object) != Positions.NOWHERE;
  }

  /** Where the triple was first read, or {@link Positions#NOWHERE}. */
  long position(int subject, int predicate, int object) {
    if (subject < 0 || predicate < 0 || object < 0) {
      return Positions.NOWHERE;
    }
    for (int k = bySubjectStart[subject]; k < bySubjectStart[subject + 1]; k++) {
      int t = bySubject[k];
      if (p[t] == predicate && o[t] == object) {
        return pos[t];
      }
    }
    return Positions.NOWHERE;
  }

  /** Notes where a subject was first written, if this is the first time it is seen as one. */
  void subjectAt(int subject, long position) {
    if (subjectAt[subject] == 0) {
      subjectAt[subject] = position + 1;
    }
  }

  /**
   * Where {@code subject} was first written as a subject (its description starts there), or where
   * its first triple was read, or {@link Positions#NOWHERE}.
   */
  long firstPosition(int subject) {
    if (subject < 0 || bySubjectStart[subject] == bySubjectStart[subject + 1]) {
      return Positions.NOWHERE;
    }
    long first = pos[bySubject[bySubjectStart[subject]]];
    long written = subjectAt[subject] - 1;
    return written >= 0 && Positions.sourceOf(written) == Positions.sourceOf(first)
        ? written
        : first;
  }

  /** Every term that is the subject of a {@code predicate} triple, in id order. */
  int[] subjectsOf(int predicate) {
    if (predicate < 0) {
      return new int[0];
    }
    boolean[] seen = new boolean[terms.size()];
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (p[i] == predicate && !seen[s[i]]) {
        seen[s[i]] = true;
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    for (int t = 0; t < seen.length; t++) {
      if (seen[t]) {
        out[k++] = t;
      }
    }
    return out;
  }
}
