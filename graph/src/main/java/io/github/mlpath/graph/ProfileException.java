package io.github.mlpath.graph;

/**
 * A learner's profile that mlpath cannot use as it is: not Turtle, not a profile, or a value out of
 * range. The message names the file (with line and column for a syntax error) and says what to do;
 * the profile is never overwritten while it is in this state.
 */
public final class ProfileException extends GraphException {
  private static final long serialVersionUID = 1L;

  public ProfileException(String message) {
    super(message);
  }

  public ProfileException(String message, Throwable cause) {
    super(message, cause);
  }
}
