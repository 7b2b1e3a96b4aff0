package io.github.mlpath.core.plan;

import io.github.mlpath.core.TopicKind;

/**
 * The hours a step is assumed to take when its resource gives no duration, or when the topic has no
 * resource: by kind, since a project takes longer than a concept. Immutable.
 *
 * <p>{@link #DEFAULT}: programming 3 h, project 10 h, ML concept 4 h, math 4 h: roughly a tutorial
 * chapter with exercises, a first Kaggle-style project, and a lecture plus practice.
 *
 * @param programming hours for a programming topic
 * @param project hours for a project
 * @param mlConcept hours for an ML concept
 * @param math hours for a math topic
 */
public record HoursEstimate(double programming, double project, double mlConcept, double math) {
  /** 3, 10, 4 and 4 hours. */
  public static final HoursEstimate DEFAULT = new HoursEstimate(3, 10, 4, 4);

  public HoursEstimate {
    for (double h : new double[] {programming, project, mlConcept, math}) {
      if (!(h >= 0) || Double.isInfinite(h)) {
        throw new IllegalArgumentException("estimated hours must be finite and not negative");
      }
    }
  }

  /** The estimate for a topic of this kind, in whole minutes. */
  public long minutesFor(TopicKind kind) {
    double hours;
    switch (kind) {
      case PROGRAMMING:
        hours = programming;
        break;
      case PROJECT:
        hours = project;
        break;
      case ML_CONCEPT:
        hours = mlConcept;
        break;
      default:
        hours = math;
    }
    return Math.round(hours * 60);
  }
}
