package io.github.mlpath.core;

import java.util.List;

/** A name that matches more than one topic equally well; carries the ids it could mean. */
public final class AmbiguousTopicException extends TopicNameException {
  private static final long serialVersionUID = 1L;

  public AmbiguousTopicException(String name, List<String> candidates) {
    super(
        "topic name '"
            + name
            + "' is ambiguous; it could mean "
            + String.join(", ", candidates)
            + " (use the id)",
        name,
        candidates);
  }

  /** The ids of the topics it matches, sorted. */
  public List<String> candidates() {
    return ids();
  }
}
