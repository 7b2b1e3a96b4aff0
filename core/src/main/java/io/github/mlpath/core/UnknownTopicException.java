package io.github.mlpath.core;

import java.util.List;

/** A name that matches no topic; carries the closest existing ids to suggest. */
public final class UnknownTopicException extends CurriculumException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final transient List<String> suggestions;

  public UnknownTopicException(String name, List<String> suggestions) {
    super(
        "unknown topic '"
            + name
            + "'"
            + (suggestions.isEmpty()
                ? ""
                : "; did you mean " + String.join(", ", suggestions) + "?"));
    this.name = name;
    this.suggestions = List.copyOf(suggestions);
  }

  /** The name as the user gave it. */
  public String name() {
    return name;
  }

  /** The closest topic ids, best first; empty when nothing is close. */
  public List<String> suggestions() {
    return suggestions;
  }
}
