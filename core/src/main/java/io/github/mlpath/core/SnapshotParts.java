package io.github.mlpath.core;

import io.github.mlpath.core.Curriculum.Parts;
import io.github.mlpath.core.internal.BinaryReader;
import io.github.mlpath.core.internal.BinaryWriter;
import io.github.mlpath.core.internal.IdIndex;
import io.github.mlpath.core.internal.StringPool;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Encodes {@link Parts}, field by field in declaration order, for {@link SnapshotCodec}. Decoding
 * checks every index against what it indexes, so a snapshot that decodes is a well-formed
 * curriculum. The reverse edges are stored too (rebuilding them was half of decoding a million
 * topics) and checked like the forward ones (range, offsets, count); that they are exactly the
 * forward edges reversed rests on the writer and the snapshot's checksum, since checking it costs
 * more than rebuilding them. Values of resources and topics are in {@link SnapshotValues}.
 */
final class SnapshotParts {
  private static final byte RAW = 0;
  private static final byte CONSTANT = 1;

  private SnapshotParts() {}

  static void write(Parts p, BinaryWriter w) throws IOException {
    pool(p.ids().strings(), w);
    w.writeInts(p.ids().slots());
    pool(p.labels(), w);
    packed(p.labelOf(), w);
    w.writeBytes(p.kinds());
    w.writeShorts(p.areaOf());
    SnapshotValues.strings(List.of(p.iriPrefixes()), w);
    packed(p.iriPrefixOf(), w);
    Map<Integer, TopicDetails> extras = new TreeMap<>(p.extras());
    w.writeInt(extras.size());
    for (Map.Entry<Integer, TopicDetails> e : extras.entrySet()) {
      w.writeInt(e.getKey());
      SnapshotValues.extras(e.getValue(), w);
    }
    w.writeInts(p.requires().offsets());
    w.writeInts(p.requires().targets());
    w.writeInts(p.requiredBy().offsets());
    w.writeInts(p.requiredBy().targets());
    packed(p.reasonOf(), w);
    pool(p.reasons(), w);
    w.writeInts(p.gist().stream().toArray());
    w.writeInt(p.areas().size());
    for (Area a : p.areas()) {
      SnapshotValues.area(a, w);
    }
    w.writeInt(p.resources().all().size());
    for (Resource r : p.resources().all()) {
      SnapshotValues.resource(r, w);
    }
    Map<Integer, Integer> startWith = new TreeMap<>(p.resources().startWithIndexes());
    w.writeInt(startWith.size());
    for (Map.Entry<Integer, Integer> e : startWith.entrySet()) {
      w.writeInt(e.getKey());
      w.writeInt(e.getValue());
    }
  }

  static Parts read(BinaryReader r) {
    StringPool idStrings = pool(r);
    IdIndex ids = IdIndex.of(idStrings, r.readInts());
    int n = ids.size();
    StringPool labels = pool(r);
    int[] labelOf = within(packed(r), n, 0, labels.size(), "label");
    byte[] kinds = r.readBytes();
    short[] areaOf = r.readShorts();
    String[] prefixes = SnapshotValues.strings(r).toArray(String[]::new);
    int[] prefixOf = within(packed(r), n, 0, prefixes.length, "IRI prefix");
    Map<Integer, TopicDetails> extras = new HashMap<>();
    for (int i = r.readCount(); i > 0; i--) {
      extras.put(within(r.readInt(), n, "topic"), SnapshotValues.extras(r));
    }
    Adjacency requires = adjacency(r, n, -1, "edge target");
    Adjacency requiredBy = adjacency(r, n, requires.edgeCount(), "reverse edge target");
    int[] reasonOf = packed(r);
    StringPool reasons = pool(r);
    within(reasonOf, requires.edgeCount(), -1, reasons.size(), "reason");
    BitSet gist = new BitSet(requires.edgeCount());
    for (int k : within(r.readInts(), -1, 0, requires.edgeCount(), "gist edge")) {
      gist.set(k);
    }
    List<Area> areas = list(r, SnapshotValues::area);
    List<Resource> resources = list(r, SnapshotValues::resource);
    checkKinds(kinds, areaOf, n, areas.size());
    Map<Integer, Integer> startWith = new HashMap<>();
    for (int i = r.readCount(); i > 0; i--) {
      int t = within(r.readInt(), n, "topic");
      startWith.put(t, within(r.readInt(), resources.size(), "resource"));
    }
    return new Parts(
        ids,
        labels,
        labelOf,
        kinds,
        areaOf,
        prefixes,
        prefixOf,
        Map.copyOf(extras),
        requires,
        requiredBy,
        reasonOf,
        reasons,
        gist,
        areas,
        ResourceIndex.ofIndexes(resources, startWith, ids));
  }

  /** Edges between {@code n} topics (offsets, then targets); {@code edges} of them unless -1. */
  private static Adjacency adjacency(BinaryReader r, int n, int edges, String what) {
    int[] offsets = r.readInts();
    int[] targets = within(r.readInts(), edges, 0, n, what);
    checkOffsets(offsets, n, targets.length);
    return new Adjacency(offsets, targets);
  }

  /** A count, then that many values read by {@code value}. */
  private static <T> List<T> list(BinaryReader r, Function<BinaryReader, T> value) {
    List<T> out = new ArrayList<>();
    for (int i = r.readCount(); i > 0; i--) {
      out.add(value.apply(r));
    }
    return List.copyOf(out);
  }

  private static void pool(StringPool pool, BinaryWriter w) throws IOException {
    w.writeBytes(pool.utf8());
    w.writeInts(pool.offsets());
  }

  private static StringPool pool(BinaryReader r) {
    byte[] bytes = r.readBytes();
    return StringPool.of(bytes, r.readInts());
  }

  /** An int array, or just its length and value when every element is the same. */
  private static void packed(int[] a, BinaryWriter w) throws IOException {
    boolean constant = a.length > 0 && Arrays.stream(a).allMatch(x -> x == a[0]);
    w.writeByte(constant ? CONSTANT : RAW);
    if (constant) {
      w.writeInt(a.length);
      w.writeInt(a[0]);
    } else {
      w.writeInts(a);
    }
  }

  private static int[] packed(BinaryReader r) {
    int mode = r.readByte();
    if (mode == RAW) {
      return r.readInts();
    }
    if (mode != CONSTANT) {
      throw new IllegalArgumentException("unknown array encoding " + mode);
    }
    int length = r.readInt();
    if (length < 0 || length > 1 << 28) {
      throw new IllegalArgumentException("array of " + length + " elements");
    }
    int[] out = new int[length];
    Arrays.fill(out, r.readInt());
    return out;
  }

  /** {@code a}, after checking it has {@code length} elements (any when -1) in [min, max). */
  private static int[] within(int[] a, int length, int min, int max, String what) {
    if (length >= 0 && a.length != length) {
      throw new IllegalArgumentException(what + " array of " + a.length + ", not " + length);
    }
    for (int x : a) {
      if (x < min || x >= max) {
        throw new IllegalArgumentException(what + " " + x + " out of range");
      }
    }
    return a;
  }

  private static int within(int x, int max, String what) {
    if (x < 0 || x >= max) {
      throw new IllegalArgumentException(what + " " + x + " out of range");
    }
    return x;
  }

  private static void checkOffsets(int[] offsets, int n, int edges) {
    if (offsets.length != n + 1 || offsets[0] != 0 || offsets[n] != edges) {
      throw new IllegalArgumentException("edge offsets do not span the edges");
    }
    for (int i = 0; i < n; i++) {
      if (offsets[i + 1] < offsets[i]) {
        throw new IllegalArgumentException("edge offsets go backwards at topic " + i);
      }
    }
  }

  private static void checkKinds(byte[] kinds, short[] areaOf, int n, int areas) {
    if (kinds.length != n || areaOf.length != n) {
      throw new IllegalArgumentException("kind or area arrays do not match the topics");
    }
    int kindCount = TopicKind.values().length;
    for (int v = 0; v < n; v++) {
      if (kinds[v] < 0 || kinds[v] >= kindCount) {
        throw new IllegalArgumentException("kind " + kinds[v] + " out of range");
      }
      if (areaOf[v] < -1 || areaOf[v] >= areas) {
        throw new IllegalArgumentException("area " + areaOf[v] + " out of range");
      }
    }
  }
}
