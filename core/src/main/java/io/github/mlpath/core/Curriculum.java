package io.github.mlpath.core;

import io.github.mlpath.core.internal.IdIndex;
import io.github.mlpath.core.internal.StringPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An immutable snapshot of a curriculum: topics, prerequisite edges with reasons, areas and
 * resources, indexed for fast traversal. Topics are numbered {@code 0..size()-1}; algorithms work
 * on those int indices through {@link #requires()} and {@link #requiredBy()}, and turn them back
 * into ids and labels at the edge.
 *
 * <p>Storage is compact (strings pooled as UTF-8, edges as int arrays) so that a million topics
 * with three million edges fit in well under 150 MB of heap. Safe to share between threads.
 *
 * <pre>{@code
 * Curriculum c = new CurriculumBuilder()
 *     .addTopic(Topic.of("derivatives", NS + "derivatives", "Derivatives", TopicKind.MATH))
 *     .addTopic(Topic.of("chain-rule", NS + "chain-rule", "Chain rule", TopicKind.MATH))
 *     .addPrerequisite("chain-rule", "derivatives", "the chain rule differentiates compositions")
 *     .build();
 * int v = c.indexOf("chain-rule").orElseThrow();
 * }</pre>
 */
public final class Curriculum {
  private static final TopicKind[] KINDS = TopicKind.values();

  private final IdIndex ids;
  private final StringPool labels;
  private final int[] labelOf;
  private final byte[] kinds;
  private final short[] areaOf;
  private final String[] iriPrefixes;
  private final int[] iriPrefixOf;
  private final Map<Integer, TopicDetails> extras;
  private final Adjacency requires;
  private final Adjacency requiredBy;
  private final int[] reasonOf;
  private final StringPool reasons;
  private final BitSet gist;
  private final List<Area> areas;
  private final Map<String, Integer> areaIndex;
  private final ResourceIndex resources;
  private final Umbrellas umbrellas;
  private final Parts parts;

  /**
   * What the codec stores (a new field goes here, so the codec must carry it); the rest derives.
   */
  record Parts(
      IdIndex ids,
      StringPool labels,
      int[] labelOf,
      byte[] kinds,
      short[] areaOf,
      String[] iriPrefixes,
      int[] iriPrefixOf,
      Map<Integer, TopicDetails> extras,
      Adjacency requires,
      Adjacency requiredBy,
      int[] reasonOf,
      StringPool reasons,
      BitSet gist,
      List<Area> areas,
      ResourceIndex resources) {}

  Curriculum(Parts p) {
    this.parts = p;
    this.ids = p.ids();
    this.labels = p.labels();
    this.labelOf = p.labelOf();
    this.kinds = p.kinds();
    this.areaOf = p.areaOf();
    this.iriPrefixes = p.iriPrefixes();
    this.iriPrefixOf = p.iriPrefixOf();
    this.extras = p.extras();
    this.requires = p.requires();
    this.requiredBy = p.requiredBy();
    this.reasonOf = p.reasonOf();
    this.reasons = p.reasons();
    this.gist = p.gist();
    this.areas = List.copyOf(p.areas());
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < areas.size(); i++) {
      byId.put(areas.get(i).id(), i);
    }
    this.areaIndex = Map.copyOf(byId);
    this.resources = p.resources();
    this.umbrellas = Umbrellas.of(ids, extras);
  }

  /** The parts, for the snapshot codec. */
  Parts snapshotParts() {
    return parts;
  }

  /** How many topics. */
  public int size() {
    return kinds.length;
  }

  /** How many prerequisite edges. */
  public int edgeCount() {
    return requires.edgeCount();
  }

  /** The index of the topic with this exact id. */
  public OptionalInt indexOf(String id) {
    int i = ids.find(id);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  public String id(int topic) {
    return ids.get(topic);
  }

  public String label(int topic) {
    return labels.get(labelOf[topic]);
  }

  public TopicKind kind(int topic) {
    return KINDS[kinds[topic]];
  }

  public String iri(int topic) {
    return iriPrefixes[iriPrefixOf[topic]] + ids.get(topic);
  }

  /** The topic's area, if it has one. */
  public Optional<Area> area(int topic) {
    short a = areaOf[topic];
    return a < 0 ? Optional.empty() : Optional.of(areas.get(a));
  }

  /** The whole topic as a value. */
  public Topic topic(int topic) {
    return new Topic(
        id(topic), iri(topic), label(topic), kind(topic), area(topic).map(Area::id), extras(topic));
  }

  private TopicDetails extras(int topic) {
    return extras.getOrDefault(topic, TopicDetails.NONE);
  }

  /** The topic with this exact id. */
  public Optional<Topic> topic(String id) {
    OptionalInt i = indexOf(id);
    return i.isPresent() ? Optional.of(topic(i.getAsInt())) : Optional.empty();
  }

  /** The topic's alternative labels ({@code skos:altLabel}), empty when it has none. */
  public List<String> altLabels(int topic) {
    return extras(topic).altLabels();
  }

  /** The topic's definition, if the data has one. */
  public Optional<String> definition(int topic) {
    return extras(topic).definition();
  }

  /** Ids of the wider topics this one belongs to ({@code skos:broader}), empty when none. */
  public List<String> broader(int topic) {
    return extras(topic).broader();
  }

  /** How long the whole topic takes to learn, when the data states it. */
  public Optional<Duration> learningTime(int topic) {
    return extras(topic).learningTime();
  }

  /** IRIs of the same concept elsewhere ({@code skos:exactMatch}), empty when none. */
  public List<String> matches(int topic) {
    return extras(topic).matches();
  }

  /** The topic's place in the data's teaching order ({@code mlp:teachingOrder}), if it has one. */
  public OptionalInt teachingOrder(int topic) {
    return extras(topic).teachingOrder();
  }

  /** Whether the topic is an umbrella ({@code mlp:Umbrella}): a grouping, never a step. */
  public boolean isUmbrella(int topic) {
    return umbrellas.is(topic);
  }

  /** An umbrella's parts in index order (topics whose broader links lead up to it), or none. */
  public int[] parts(int umbrella) {
    return umbrellas.parts(umbrella);
  }

  /** Every umbrella topic, as a new bit set of indices. */
  public BitSet umbrellas() {
    return umbrellas.all();
  }

  /** Edges from a topic to the topics it requires. */
  public Adjacency requires() {
    return requires;
  }

  /** Edges from a topic to the topics that require it: {@link #requires()} reversed. */
  public Adjacency requiredBy() {
    return requiredBy;
  }

  /** The reason on the edge {@code topic -> required}, if that edge exists and has one. */
  public Optional<String> reason(int topic, int required) {
    int k = requires.edgeIndex(topic, required);
    return k < 0 ? Optional.empty() : reasonOfEdge(k);
  }

  /** The reason on edge {@code k} of {@link #requires()}, if it has one. */
  public Optional<String> reasonOfEdge(int k) {
    return reasonOf[k] < 0 ? Optional.empty() : Optional.of(reasons.get(reasonOf[k]));
  }

  /**
   * Whether edge {@code k} of {@link #requires()} is a gist edge: the topic needs only the gist of
   * the required one (Metacademy's shortcut dependencies), a weaker kind of prerequisite.
   */
  public boolean isGist(int k) {
    return gist.get(k);
  }

  /** How many edges are gist edges. */
  public int gistEdgeCount() {
    return gist.cardinality();
  }

  /**
   * This curriculum without its gist edges, for planning that trusts a learner to pick up the gist
   * of a topic on the way; this same snapshot when it has none.
   */
  public Curriculum withoutGistEdges() {
    return gist.isEmpty() ? this : GistEdges.dropped(this);
  }

  /** Every prerequisite edge as a value, in topic-index order. */
  public List<Prerequisite> prerequisites() {
    List<Prerequisite> out = new ArrayList<>(edgeCount());
    for (int v = 0; v < size(); v++) {
      for (int k = requires.start(v); k < requires.end(v); k++) {
        out.add(new Prerequisite(id(v), id(requires.target(k)), reasonOfEdge(k)));
      }
    }
    return out;
  }

  /** Every area, in the order the data declared them. */
  public List<Area> areas() {
    return areas;
  }

  /** The area with this id. */
  public Optional<Area> area(String id) {
    Integer a = areaIndex.get(id);
    return a == null ? Optional.empty() : Optional.of(areas.get(a));
  }

  /** Every resource, in the order the data declared them. */
  public List<Resource> resources() {
    return resources.all();
  }

  /** The resource with this id. */
  public Optional<Resource> resource(String id) {
    return resources.byId(id);
  }

  /** The resources that teach this topic, in declaration order. */
  public List<Resource> resourcesFor(int topic) {
    return resources.teaching(topic);
  }

  /** The resource the data marks as the one to start with for this topic. */
  public Optional<Resource> startWith(int topic) {
    return resources.startWith(topic);
  }
}
