package io.github.mlpath.core;

/**
 * A request the planner refuses before doing any work: a value outside its documented range, or an
 * answer that would be larger than the documented limit. The command line answers it with exit 2,
 * the server with 400; the message says what the range or the limit is.
 */
public class InvalidRequestException extends CurriculumException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }
}
