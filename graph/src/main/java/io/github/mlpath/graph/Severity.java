package io.github.mlpath.graph;

/** How bad a validation problem is: errors fail validation, warnings and notes do not. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
