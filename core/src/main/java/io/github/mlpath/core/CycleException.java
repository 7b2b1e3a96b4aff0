package io.github.mlpath.core;

import java.util.List;

/** Planning was refused because the prerequisites form a cycle; carries every topic in it. */
public final class CycleException extends CurriculumException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> cycle;

  /**
   * @param cycle topic ids in cycle order, each requiring the next, the last requiring the first
   */
  public CycleException(List<String> cycle) {
    super("prerequisite cycle: " + String.join(" -> ", cycle) + " -> " + cycle.get(0));
    this.cycle = List.copyOf(cycle);
  }

  /** The topic ids in cycle order: each requires the next, and the last requires the first. */
  public List<String> cycle() {
    return cycle;
  }
}
