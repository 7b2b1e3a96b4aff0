package io.github.mlpath.core;

import java.util.List;

/** A name that matches more than one topic equally well; carries the ids it could mean. */
public final class AmbiguousTopicException extends CurriculumException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final transient List<String> candidates;

  public AmbiguousTopicException(String name, List<String> candidates) {
    super(
        "topic name '"
            + name
            + "' is ambiguous; it could mean "
            + String.join(", ", candidates)
            + " (use the id)");
    this.name = name;
    this.candidates = List.copyOf(candidates);
  }

  /** The name as the user gave it. */
  public String name() {
    return name;
  }

  /** The ids of the topics it matches, sorted. */
  public List<String> candidates() {
    return candidates;
  }
}
