package io.github.mlpath.core.lookup;

import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.UmbrellaTopic;
import java.util.List;
import java.util.Objects;

/**
 * The math a topic needs, not yet known, in learning order. Immutable.
 *
 * @param topic the asked topic
 * @param alreadyKnown whether the learner already knows the asked topic (then {@code needs} is
 *     empty)
 * @param needs the math topics, in the just-in-time learning order; for an umbrella topic, its
 *     parts not yet known (at distance 0) among them
 * @param knownUmbrellas the umbrella topics the learner named as known, each standing for all its
 *     parts
 * @param knownMath how many math topics the asked topic needs, directly or not, the learner already
 *     knows (so an empty {@code needs} with none known means the topic needs no math at all)
 */
public record NeedList(
    TopicRef topic,
    boolean alreadyKnown,
    List<MathNeed> needs,
    List<UmbrellaTopic> knownUmbrellas,
    int knownMath) {
  public NeedList {
    Objects.requireNonNull(topic, "topic");
    needs = List.copyOf(needs);
    knownUmbrellas = List.copyOf(knownUmbrellas);
  }

  /** This list, reporting {@code umbrellas} as the umbrella topics named as known. */
  public NeedList withKnownUmbrellas(List<UmbrellaTopic> umbrellas) {
    return new NeedList(topic, alreadyKnown, needs, umbrellas, knownMath);
  }
}
