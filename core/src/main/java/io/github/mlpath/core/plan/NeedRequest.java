package io.github.mlpath.core.plan;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.lookup.ResourcePreferences;
import java.util.List;

/**
 * What {@code need TOPIC} asks: the math a topic depends on. Immutable; {@code with...} methods
 * return changed copies.
 *
 * @param topic the topic, by any name the resolver accepts
 * @param known topics already learned
 * @param implied whether knowing a topic implies knowing what it requires
 * @param maxDepth keep needs at most this many edges away: 1 for direct needs only, {@link
 *     Integer#MAX_VALUE} for all
 * @param preferences how to pick each need's resource
 */
public record NeedRequest(
    String topic,
    List<String> known,
    boolean implied,
    int maxDepth,
    ResourcePreferences preferences) {
  public NeedRequest {
    Records.requireNonNull(NeedRequest.class, topic, preferences);
    known = List.copyOf(known);
    if (maxDepth < 1) {
      throw new IllegalArgumentException("depth must be at least 1: " + maxDepth);
    }
  }

  /** Every math need of {@code topic}, nothing known, no resource preference. */
  public static NeedRequest of(String topic) {
    return new NeedRequest(topic, List.of(), true, Integer.MAX_VALUE, ResourcePreferences.NONE);
  }

  public NeedRequest withKnown(List<String> known) {
    return new NeedRequest(topic, known, implied, maxDepth, preferences);
  }

  public NeedRequest withImplied(boolean implied) {
    return new NeedRequest(topic, known, implied, maxDepth, preferences);
  }

  /** Only needs at most {@code maxDepth} edges away; {@code 1} is {@code --depth 1}. */
  public NeedRequest withMaxDepth(int maxDepth) {
    return new NeedRequest(topic, known, implied, maxDepth, preferences);
  }

  public NeedRequest withPreferences(ResourcePreferences preferences) {
    return new NeedRequest(topic, known, implied, maxDepth, preferences);
  }
}
