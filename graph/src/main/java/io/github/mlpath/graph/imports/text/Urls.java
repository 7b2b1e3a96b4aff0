package io.github.mlpath.graph.imports.text;

import java.net.URLDecoder;
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

  /**
   * One key for an article, however its address is written: {@code http} or {@code https},
   * percent-encoded or not, spaces or underscores, first letter in either case; without the
   * section. Two addresses with the same key name the same article.
   */
  public static String articleKey(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    Matcher m = WIKIPEDIA.matcher(u);
    if (!m.matches()) {
      return u;
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

  /** Whether the address names a section of an article rather than the article itself. */
  public static boolean isSection(String url) {
    return url.indexOf('#') >= 0;
  }
}
