package io.github.mlpath.core;

import java.util.List;

/**
 * A name the user gave that does not resolve to one topic; carries the name and the ids that the
 * message offers instead (the topics it could mean, or the closest ones).
 */
public abstract class TopicNameException extends CurriculumException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final transient List<String> ids;

  TopicNameException(String message, String name, List<String> ids) {
    super(message);
    this.name = name;
    this.ids = List.copyOf(ids);
  }

  /** The name as the user gave it. */
  public String name() {
    return name;
  }

  /** The ids the message offers, in its order. */
  List<String> ids() {
    return ids;
  }
}
