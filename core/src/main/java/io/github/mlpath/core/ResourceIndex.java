package io.github.mlpath.core;

import io.github.mlpath.core.internal.IdIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A curriculum's resources, in declaration order, indexed by id, by the topics they teach, and by
 * the topic each is the place to start for. Immutable.
 */
final class ResourceIndex {
  private final List<Resource> resources;
  private final Map<String, Integer> byId;
  private final Map<Integer, int[]> byTopic;
  private final Map<Integer, Integer> startWith;

  private ResourceIndex(
      List<Resource> resources,
      Map<String, Integer> byId,
      Map<Integer, int[]> byTopic,
      Map<Integer, Integer> startWith) {
    this.resources = resources;
    this.byId = byId;
    this.byTopic = byTopic;
    this.startWith = startWith;
  }

  /**
   * Indexes the resources for the topics of {@code ids}; {@code startWith} maps topic ids to
   * resource ids.
   *
   * @throws CurriculumException if a start-with mark names an unknown resource
   */
  static ResourceIndex of(
      Collection<Resource> resources, Map<String, String> startWith, IdIndex ids) {
    List<Resource> all = List.copyOf(resources);
    Map<String, Integer> byId = new HashMap<>();
    Map<Integer, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      byId.put(all.get(i).id(), i);
      for (String t : all.get(i).teaches()) {
        lists.computeIfAbsent(ids.find(t), k -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, int[]> byTopic = new HashMap<>();
    lists.forEach((t, rs) -> byTopic.put(t, rs.stream().mapToInt(Integer::intValue).toArray()));
    Map<Integer, Integer> starts = new HashMap<>();
    startWith.forEach(
        (topic, resource) -> {
          Integer r = byId.get(resource);
          if (r == null) {
            throw new CurriculumException(
                "topic '" + topic + "' starts with unknown resource '" + resource + "'");
          }
          starts.put(ids.find(topic), r);
        });
    return new ResourceIndex(all, Map.copyOf(byId), Map.copyOf(byTopic), Map.copyOf(starts));
  }

  /**
   * Indexes resources whose start-with marks are already resolved to indices: topic index to
   * resource index, as {@link #startWithIndexes()} gives them.
   *
   * @throws IllegalArgumentException if a mark names no resource
   */
  static ResourceIndex ofIndexes(
      List<Resource> resources, Map<Integer, Integer> startWith, IdIndex ids) {
    Map<String, String> byTopic = new HashMap<>();
    startWith.forEach(
        (topic, r) -> {
          if (r < 0 || r >= resources.size()) {
            throw new IllegalArgumentException("start-with resource " + r + " out of range");
          }
          byTopic.put(ids.get(topic), resources.get(r).id());
        });
    return of(resources, byTopic, ids);
  }

  /** The start-with marks, topic index to resource index. */
  Map<Integer, Integer> startWithIndexes() {
    return startWith;
  }

  List<Resource> all() {
    return resources;
  }

  Optional<Resource> byId(String id) {
    Integer r = byId.get(id);
    return r == null ? Optional.empty() : Optional.of(resources.get(r));
  }

  List<Resource> teaching(int topic) {
    int[] rs = byTopic.get(topic);
    if (rs == null) {
      return List.of();
    }
    List<Resource> out = new ArrayList<>(rs.length);
    for (int r : rs) {
      out.add(resources.get(r));
    }
    return List.copyOf(out);
  }

  Optional<Resource> startWith(int topic) {
    Integer r = startWith.get(topic);
    return r == null ? Optional.empty() : Optional.of(resources.get(r));
  }
}
