package io.github.mlpath.core.learner;

import io.github.mlpath.core.CurriculumException;

/**
 * A request the learner model cannot carry out as asked, such as reviewing a topic never learned or
 * removing a goal that is not one; the message says what to do instead.
 */
public class LearnerException extends CurriculumException {
  private static final long serialVersionUID = 1L;

  public LearnerException(String message) {
    super(message);
  }
}
