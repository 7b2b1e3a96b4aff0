package io.github.mlpath.graph.imports.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses as datasets write them, made fit for an RDF IRI: characters an IRI may not hold
 * (spaces, {@code <>"{}|\^`}) are percent-encoded, never dropped; and English Wikipedia article
 * addresses in one form, {@code https://en.wikipedia.org/wiki/Title}.
 */
public final class Urls {
  private static final Pattern HTTP = Pattern.compile("(?i)^https?://\\S.*$");
  private static final Pattern WIKIPEDIA =
      Pattern.compile("(?i)^https?://en\\.(?:m\\.)?wikipedia\\.org/wiki/([^?#]+)(#.*)?$");
  private static final String WIKI = "https://en.wikipedia.org/wiki/";

  private Urls() {}

  /** {@code url} with unsafe characters percent-encoded, if it is an http or https address. */
  public static Optional<String> clean(String url) {
    String u = url.strip();
    if (!HTTP.matcher(u).matches()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(u.length());
    for (byte b : u.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c <= 0x20 || c >= 0x7f || "<>\"{}|\\^`".indexOf(c) >= 0) {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      } else {
        out.append((char) c);
      }
    }
    return Optional.of(out.toString());
  }

  /** Whether {@code url} changes when cleaned: it held characters an IRI may not. */
  public static boolean needsCleaning(String url) {
    return clean(url).map(c -> !c.equals(url.strip())).orElse(false);
  }

  /**
   * The article a Wikipedia address names, as {@code https://en.wikipedia.org/wiki/Title}, with its
   * {@code #section} if it has one; empty when it is not an English Wikipedia article.
   */
  public static Optional<String> wikipedia(String url) {
    Matcher m = WIKIPEDIA.matcher(url.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return clean(WIKI + m.group(1) + (m.group(2) == null ? "" : m.group(2)));
  }

  /** The Wikipedia address of an article title, spaces written as underscores. */
  public static String wikipediaOfTitle(String title) {
    return clean(WIKI + title.strip().replace(' ', '_')).orElseThrow();
  }

  /** Whether the address names a section of an article rather than the article itself. */
  public static boolean isSection(String url) {
    return url.indexOf('#') >= 0;
  }
}
