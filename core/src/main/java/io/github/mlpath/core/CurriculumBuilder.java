package io.github.mlpath.core;

import io.github.mlpath.core.internal.IdIndex;
import io.github.mlpath.core.internal.StringPool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects topics, prerequisite edges, areas and resources in any order, then builds the immutable
 * {@link Curriculum}. Edges may name topics before they are added; {@link #build()} fails, naming
 * them, if any is never added. A repeated edge is kept once, with the first reason given.
 *
 * <p>Not thread-safe; use one builder per load.
 */
public final class CurriculumBuilder {
  private static final int NO_REASON = -1;

  private final IdIndex ids;
  private final StringPool labels;
  private int[] labelOf;
  private byte[] kinds;
  private short[] areaOf;
  private int[] iriPrefixOf;
  private boolean[] declared;
  private final Map<String, Integer> prefixIndex = new HashMap<>();
  private final List<String> prefixes = new ArrayList<>();
  private final Map<Integer, TopicDetails> extras = new HashMap<>();
  private final List<Area> areas = new ArrayList<>();
  private final Map<String, Integer> areaIndex = new HashMap<>();
  private final Map<String, Resource> resources = new LinkedHashMap<>();
  private final Map<String, String> startWith = new LinkedHashMap<>();
  private long[] edges = new long[64];
  private int[] edgeReasons = new int[64];
  private int edgeCount;
  private final Set<Long> gistEdges = new HashSet<>();
  private final StringPool reasons = new StringPool(64);

  public CurriculumBuilder() {
    this(64);
  }

  /** A builder sized for about {@code expectedTopics} topics, to avoid regrowing. */
  public CurriculumBuilder(int expectedTopics) {
    int n = Math.max(16, expectedTopics);
    ids = new IdIndex(n);
    labels = new StringPool(n);
    labelOf = new int[n];
    kinds = new byte[n];
    areaOf = new short[n];
    iriPrefixOf = new int[n];
    declared = new boolean[n];
  }

  /** Adds an area; topics name it by id. */
  public CurriculumBuilder addArea(Area area) {
    if (areaIndex.containsKey(area.id())) {
      throw new CurriculumException("area '" + area.id() + "' is defined twice");
    }
    if (areas.size() == Short.MAX_VALUE) {
      throw new CurriculumException("more than " + Short.MAX_VALUE + " areas");
    }
    areaIndex.put(area.id(), areas.size());
    areas.add(area);
    return this;
  }

  /**
   * Adds a topic. Its IRI must end with its id. Its area, if any, must have been added.
   *
   * @throws CurriculumException if the id is already defined or the area is unknown
   */
  public CurriculumBuilder addTopic(Topic topic) {
    if (addNewTopic(topic) < 0) {
      throw new CurriculumException("topic '" + topic.id() + "' is defined twice");
    }
    return this;
  }

  /**
   * Adds a topic as {@link #addTopic} does, unless a topic with its id was added already, and
   * returns its index (what {@link #addPrerequisite(int, int, String)} takes); for a topic whose id
   * was taken, {@code -1 - } the index of the one that took it. One lookup of the id, where {@link
   * #indexOf} before and after {@link #addTopic} take three.
   *
   * @throws CurriculumException if the IRI does not end with the id or the area is unknown
   */
  public int addNewTopic(Topic topic) {
    if (!topic.iri().endsWith(topic.id())) {
      throw new CurriculumException(
          "topic IRI <" + topic.iri() + "> does not end with its id '" + topic.id() + "'");
    }
    int v = slot(topic.id());
    if (declared[v]) {
      return -1 - v;
    }
    short area = -1;
    if (topic.area().isPresent()) {
      Integer a = areaIndex.get(topic.area().get());
      if (a == null) {
        throw new CurriculumException(
            "topic '" + topic.id() + "' names unknown area '" + topic.area().get() + "'");
      }
      area = a.shortValue();
    }
    declared[v] = true;
    labelOf[v] = labels.add(topic.label());
    kinds[v] = (byte) topic.kind().ordinal();
    areaOf[v] = area;
    String prefix = topic.iri().substring(0, topic.iri().length() - topic.id().length());
    iriPrefixOf[v] =
        prefixIndex.computeIfAbsent(
            prefix,
            p -> {
              prefixes.add(p);
              return prefixes.size() - 1;
            });
    TopicDetails x = topic.details();
    if (!x.isEmpty()) {
      extras.put(v, x);
    }
    return v;
  }

  /** Adds the edge "{@code topic} requires {@code required}", with an optional reason. */
  public CurriculumBuilder addPrerequisite(String topic, String required, String reason) {
    return addPrerequisite(ids.intern(topic), ids.intern(required), reason);
  }

  /**
   * The index of the topic or edge end {@code id} added so far, or -1: what {@link
   * #addPrerequisite(int, int, String)} takes, so that a reader adding millions of edges between
   * topics it added looks each id up once rather than once per edge.
   */
  public int indexOf(String id) {
    return ids.find(id);
  }

  /**
   * Adds the edge "topic {@code from} requires topic {@code to}", both indices that {@link
   * #indexOf} gave, with an optional reason.
   */
  public CurriculumBuilder addPrerequisite(int from, int to, String reason) {
    if (from < 0 || to < 0 || from >= ids.size() || to >= ids.size()) {
      throw new IllegalArgumentException("no topic at " + (from < 0 ? from : to));
    }
    if (edgeCount == edges.length) {
      edges = Arrays.copyOf(edges, edges.length * 2);
      edgeReasons = Arrays.copyOf(edgeReasons, edgeReasons.length * 2);
    }
    edges[edgeCount] = ((long) from << 32) | (to & 0xffffffffL);
    edgeReasons[edgeCount] = reason == null || reason.isBlank() ? NO_REASON : reasons.add(reason);
    edgeCount++;
    return this;
  }

  /**
   * Marks the edge "{@code topic} requires {@code required}", added before or after, as a gist
   * edge: {@code topic} needs only the gist of {@code required}.
   */
  public CurriculumBuilder markGist(String topic, String required) {
    return markGist(ids.intern(topic), ids.intern(required));
  }

  /** {@link #markGist(String, String)} by the indices {@link #indexOf} gave. */
  public CurriculumBuilder markGist(int from, int to) {
    gistEdges.add(((long) from << 32) | (to & 0xffffffffL));
    return this;
  }

  /** Adds the edge "{@code topic} requires {@code required}" without a reason. */
  public CurriculumBuilder addPrerequisite(String topic, String required) {
    return addPrerequisite(topic, required, null);
  }

  /** Adds a learning resource; the topics it teaches must be added by {@link #build()}. */
  public CurriculumBuilder addResource(Resource resource) {
    if (resources.putIfAbsent(resource.id(), resource) != null) {
      throw new CurriculumException("resource '" + resource.id() + "' is defined twice");
    }
    return this;
  }

  /** Marks the resource to start with for a topic. */
  public CurriculumBuilder startWith(String topic, String resource) {
    startWith.put(topic, resource);
    return this;
  }

  /** Ids that an edge, a resource or a start-with mark names but no {@link #addTopic} defined. */
  public List<String> undefinedTopics() {
    TreeSet<String> out = new TreeSet<>();
    for (int v = 0; v < ids.size(); v++) {
      if (!declared[v]) {
        out.add(ids.get(v));
      }
    }
    for (Resource r : resources.values()) {
      for (String t : r.teaches()) {
        if (!isDeclared(t)) {
          out.add(t);
        }
      }
    }
    for (String t : startWith.keySet()) {
      if (!isDeclared(t)) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  private boolean isDeclared(String id) {
    int v = ids.find(id);
    return v >= 0 && declared[v];
  }

  /**
   * Builds the snapshot.
   *
   * @throws CurriculumException naming the topics that are referenced but never defined, or a
   *     start-with mark that names an unknown resource
   */
  public Curriculum build() {
    List<String> undefined = undefinedTopics();
    if (!undefined.isEmpty()) {
      throw new CurriculumException(
          "undefined topic"
              + (undefined.size() == 1 ? " " : "s ")
              + String.join(", ", undefined.subList(0, Math.min(10, undefined.size())))
              + (undefined.size() > 10 ? " and " + (undefined.size() - 10) + " more" : ""));
    }
    int n = ids.size();
    Adjacency requires = Adjacency.ofEdges(edges, edgeCount, n);
    int[] reasonOf = new int[requires.edgeCount()];
    Arrays.fill(reasonOf, NO_REASON);
    for (int i = 0; i < edgeCount; i++) {
      int k = requires.edgeIndex((int) (edges[i] >>> 32), (int) edges[i]);
      if (reasonOf[k] == NO_REASON) {
        reasonOf[k] = edgeReasons[i];
      }
    }
    BitSet gist = new BitSet();
    for (long e : gistEdges) {
      int k = requires.edgeIndex((int) (e >>> 32), (int) e);
      if (k >= 0) {
        gist.set(k);
      }
    }
    return new Curriculum(
        new Curriculum.Parts(
            ids.trim(),
            labels.trim(),
            Arrays.copyOf(labelOf, n),
            Arrays.copyOf(kinds, n),
            Arrays.copyOf(areaOf, n),
            prefixes.toArray(String[]::new),
            Arrays.copyOf(iriPrefixOf, n),
            Map.copyOf(extras),
            requires,
            requires.reversed(),
            reasonOf,
            reasons.trim(),
            gist,
            List.copyOf(areas),
            ResourceIndex.of(resources.values(), startWith, ids)));
  }

  private int slot(String id) {
    int v = ids.intern(id);
    if (v >= kinds.length) {
      int grown = Math.max(kinds.length * 2, v + 1);
      labelOf = Arrays.copyOf(labelOf, grown);
      kinds = Arrays.copyOf(kinds, grown);
      areaOf = Arrays.copyOf(areaOf, grown);
      iriPrefixOf = Arrays.copyOf(iriPrefixOf, grown);
      declared = Arrays.copyOf(declared, grown);
    }
    return v;
  }
}
