package io.github.mlpath.core;

import java.util.Arrays;
import java.util.Optional;

/** How a learning resource is consumed. */
public enum Medium {
  VIDEO("video"),
  BOOK("book"),
  INTERACTIVE("interactive"),
  COURSE("course"),
  ARTICLE("article");

  private final String slug;

  Medium(String slug) {
    this.slug = slug;
  }

  /** The lower-case name used in the data, on the command line and in JSON. */
  public String slug() {
    return slug;
  }

  /** The medium whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<Medium> fromSlug(String slug) {
    return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
  }
}
