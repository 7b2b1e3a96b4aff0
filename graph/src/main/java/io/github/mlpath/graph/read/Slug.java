package io.github.mlpath.graph.read;

/**
 * Whether an IRI ends with a slug id: {@code /} or {@code #}, then lower-case letters and digits in
 * words joined by single hyphens. The same answer as finding {@code [/#][a-z0-9]+(-[a-z0-9]+)*$} in
 * it with {@link java.util.regex.Pattern}, without the regular expression's search from every
 * position (a million topics' IRIs are checked): since a slug holds no {@code /} or {@code #}, only
 * what follows the last of them can be one; and as {@code $} does, one line terminator at the very
 * end is allowed after it.
 */
final class Slug {
  private Slug() {}

  static boolean ends(String iri) {
    int end = iri.length() - terminator(iri);
    int cut = Math.max(iri.lastIndexOf('/', end - 1), iri.lastIndexOf('#', end - 1));
    if (cut < 0 || cut + 1 == end) {
      return false;
    }
    boolean afterHyphen = true; // a slug neither starts nor ends with a hyphen, nor doubles one
    for (int i = cut + 1; i < end; i++) {
      char c = iri.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /** The length of the line terminator that ends {@code s} ({@code $} matches before it), or 0. */
  private static int terminator(String s) {
    int n = s.length();
    if (n == 0) {
      return 0;
    }
    char last = s.charAt(n - 1);
    if (last == '\n') {
      return n >= 2 && s.charAt(n - 2) == '\r' ? 2 : 1;
    }
    return last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029' ? 1 : 0;
  }
}
