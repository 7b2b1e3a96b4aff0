package io.github.mlpath.graph.imports.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * mlpath's id form, as docs/curriculum.md defines it for topic IRIs: lower case, apostrophes
 * dropped, accents taken off, every other run of characters that are not ASCII letters or digits
 * turned into one hyphen. "Bayes' theorem" is {@code bayes-theorem}, "k_means" {@code k-means}.
 */
public final class Slugs {
  private Slugs() {}

  /** The slug of {@code text}; {@code fallback} when nothing of it is left. */
  public static String of(String text, String fallback) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace("'", "")
            .replace("\u2019", "")
            .toLowerCase(Locale.ROOT);
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? fallback : slug;
  }

  /** The slug of {@code text}, or {@code topic} when nothing of it is left. */
  public static String of(String text) {
    return of(text, "topic");
  }
}
