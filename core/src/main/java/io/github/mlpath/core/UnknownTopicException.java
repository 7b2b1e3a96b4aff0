package io.github.mlpath.core;

import java.util.List;

/** A name that matches no topic; carries the closest existing ids to suggest. */
public final class UnknownTopicException extends TopicNameException {
  private static final long serialVersionUID = 1L;

  public UnknownTopicException(String name, List<String> suggestions) {
    super(
        "unknown topic '"
            + name
            + "'"
            + (suggestions.isEmpty()
                ? ""
                : "; did you mean " + String.join(", ", suggestions) + "?"),
        name,
        suggestions);
  }

  /** The closest topic ids, best first; empty when nothing is close. */
  public List<String> suggestions() {
    return ids();
  }
}
