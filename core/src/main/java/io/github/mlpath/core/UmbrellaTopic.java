package io.github.mlpath.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * An umbrella topic named in a request, such as {@code --known calculus}, with the parts it stands
 * for, so that output can say "Calculus: taken as known, 23 topics". Immutable.
 *
 * @param topic the umbrella
 * @param parts the topics under it, in index order
 */
public record UmbrellaTopic(TopicRef topic, List<TopicRef> parts) {
  public UmbrellaTopic {
    Objects.requireNonNull(topic, "topic");
    parts = List.copyOf(parts);
  }

  /** The umbrella {@code umbrella} of {@code c} with its parts. */
  public static UmbrellaTopic of(Curriculum c, int umbrella) {
    List<TopicRef> parts = new ArrayList<>();
    for (int p : c.parts(umbrella)) {
      parts.add(TopicRef.of(c, p));
    }
    return new UmbrellaTopic(TopicRef.of(c, umbrella), parts);
  }

  /** The umbrellas among {@code topics}, each once, in the order given. */
  public static List<UmbrellaTopic> among(Curriculum c, int[] topics) {
    List<UmbrellaTopic> out = new ArrayList<>();
    BitSet seen = new BitSet();
    for (int v : topics) {
      if (c.isUmbrella(v) && !seen.get(v)) {
        seen.set(v);
        out.add(of(c, v));
      }
    }
    return out;
  }
}
