package io.github.mlpath.core.compare;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key per concept elsewhere, however its IRI is written: an English Wikipedia article's key
 * ignores {@code http} versus {@code https}, the mobile host, percent-encoding, underscores versus
 * spaces, the case of the first letter and any {@code #section}; any other IRI is its own key. Two
 * topics whose matches share a key are the same concept.
 */
public final class Articles {
  private static final Pattern WIKIPEDIA =
      Pattern.compile("(?i)^https?://en\\.(?:m\\.)?wikipedia\\.org/wiki/([^?#]+)(?:#.*)?$");

  private Articles() {}

  /** The key of a match IRI. */
  public static String key(String iri) {
    Matcher m = WIKIPEDIA.matcher(iri.strip());
    if (!m.matches()) {
      return iri.strip();
    }
    String title;
    try {
      title = URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      title = m.group(1);
    }
    title = title.replace('_', ' ').strip();
    if (!title.isEmpty()) {
      title = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    }
    return "wikipedia:" + title;
  }
}
