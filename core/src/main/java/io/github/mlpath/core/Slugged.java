package io.github.mlpath.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum that the data, the command line and JSON name by a slug: its constant's name in lower
 * case, with hyphens for underscores ({@code ML_CONCEPT} is {@code ml-concept}). The one place the
 * slug rule is written.
 */
public interface Slugged {

  /** The constant's name, as {@link Enum#name()} gives it. */
  String name();

  /** The slug: {@link #name()} in lower case, hyphens for underscores. */
  default String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} whose slug is {@code slug}, exactly. */
  static <E extends Enum<E> & Slugged> Optional<E> fromSlug(Class<E> type, String slug) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.slug().equals(slug)).findFirst();
  }
}
