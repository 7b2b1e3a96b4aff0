package io.github.mlpath.graph.read;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for the text of a topic among several literals: English first, then no language,
 * then any other; among equals the lexical form that sorts first. Both readers (the Jena model's
 * and the streaming one's) offer their literals to it.
 */
final class BestText {
  private String en;
  private String plain;
  private String other;

  /** Considers a literal with its language tag ({@code ""} for none). */
  void offer(String lexical, String lang) {
    if (lang.toLowerCase(Locale.ROOT).startsWith("en")) {
      en = min(en, lexical);
    } else if (lang.isEmpty()) {
      plain = min(plain, lexical);
    } else {
      other = min(other, lexical);
    }
  }

  /** The best literal offered; empty when none was. */
  Optional<String> best() {
    return Optional.ofNullable(en != null ? en : plain != null ? plain : other);
  }

  private static String min(String a, String b) {
    return a == null || b.compareTo(a) < 0 ? b : a;
  }
}
