package io.github.mlpath.core;

/** The root of every error that mlpath's core raises; the message names what is wrong. */
public class CurriculumException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CurriculumException(String message) {
    super(message);
  }

  public CurriculumException(String message, Throwable cause) {
    super(message, cause);
  }
}
