package io.github.mlpath.core.lookup;

import java.util.Locale;

/**
 * The one form in which mlpath compares names (of topics, areas, labels): {@link #normalize}. Two
 * names that normalize alike are the same name to every lookup and every "did you mean".
 */
public final class Names {
  private Names() {}

  /**
   * The form names are compared in: lower case; every run of characters other than letters and
   * digits becomes one hyphen, with none at either end; and each word made singular by simple
   * English rules ({@code -ies} to {@code -y}; {@code -sses}, {@code -ches}, {@code -shes}, {@code
   * -xes} lose {@code -es}; a final {@code -s} goes unless the word ends in {@code -ss}, {@code
   * -us} or {@code -is}; words of three letters or fewer are kept). {@code "Dictionaries and
   * tuples"} becomes {@code dictionary-and-tuple}.
   */
  public static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    int wordStart = 0;
    boolean inWord = false;
    for (int i = 0; i < lower.length(); i++) {
      char ch = lower.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        if (!inWord) {
          if (out.length() > 0) {
            out.append('-');
          }
          wordStart = out.length();
          inWord = true;
        }
        out.append(ch);
      } else if (inWord) {
        singularize(out, wordStart);
        inWord = false;
      }
    }
    if (inWord) {
      singularize(out, wordStart);
    }
    return out.toString();
  }

  private static void singularize(StringBuilder s, int start) {
    int len = s.length() - start;
    if (len <= 3 || s.charAt(s.length() - 1) != 's') {
      return;
    }
    if (endsWith(s, "ies")) {
      s.setLength(s.length() - 3);
      s.append('y');
    } else if (endsWith(s, "sses")
        || endsWith(s, "ches")
        || endsWith(s, "shes")
        || endsWith(s, "xes")) {
      s.setLength(s.length() - 2);
    } else if (!endsWith(s, "ss") && !endsWith(s, "us") && !endsWith(s, "is")) {
      s.setLength(s.length() - 1);
    }
  }

  private static boolean endsWith(StringBuilder s, String suffix) {
    int from = s.length() - suffix.length();
    if (from < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (s.charAt(from + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
