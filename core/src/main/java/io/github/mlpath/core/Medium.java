package io.github.mlpath.core;

import java.util.Optional;

/** How a learning resource is consumed. */
public enum Medium implements Slugged {
  VIDEO,
  BOOK,
  INTERACTIVE,
  COURSE,
  ARTICLE;

  /** The medium whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<Medium> fromSlug(String slug) {
    return Slugged.fromSlug(Medium.class, slug);
  }
}
