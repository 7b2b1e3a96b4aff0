package io.github.mlpath.graph.load;

import io.github.mlpath.graph.SourceLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the line where an IRI is described, for messages: the first line that starts with the IRI
 * as a subject ({@code <iri>} or {@code prefix:local}), else the first line that mentions it. RDF
 * parsers keep no line numbers per triple, so this reads the text again, only when asked.
 */
public final class SourceLocator {
  private final List<DataSource> sources;
  private final List<Map<String, String>> prefixes;

  public SourceLocator(List<DataSource> sources, List<Map<String, String>> prefixes) {
    this.sources = List.copyOf(sources);
    this.prefixes = List.copyOf(prefixes);
  }

  /** Per source, the first line on which each token starts a line; built on first use. */
  private List<Map<String, Long>> lineStarts;

  public Optional<SourceLocation> locate(String iri) {
    List<Map<String, Long>> starts = lineStarts();
    for (int s = 0; s < sources.size(); s++) {
      for (String t : tokens(iri, prefixes.get(s))) {
        Long line = starts.get(s).get(t);
        if (line != null) {
          return Optional.of(new SourceLocation(sources.get(s).name(), line, 0));
        }
      }
    }
    return firstMention(iri);
  }

  private synchronized List<Map<String, Long>> lineStarts() {
    if (lineStarts == null) {
      List<Map<String, Long>> all = new ArrayList<>();
      for (DataSource source : sources) {
        Map<String, Long> starts = new HashMap<>();
        try (BufferedReader r = open(source)) {
          String line;
          long n = 0;
          while ((line = r.readLine()) != null) {
            n++;
            String token = leadingToken(line.stripLeading());
            if (!token.isEmpty()) {
              starts.putIfAbsent(token, n);
            }
          }
        } catch (IOException e) {
          // a source that cannot be re-read has no location to offer
        }
        all.add(starts);
      }
      lineStarts = all;
    }
    return lineStarts;
  }

  /** The first line that mentions the IRI anywhere, for IRIs that start no line. */
  private Optional<SourceLocation> firstMention(String iri) {
    for (int s = 0; s < sources.size(); s++) {
      List<String> tokens = tokens(iri, prefixes.get(s));
      try (BufferedReader r = open(sources.get(s))) {
        String line;
        long n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          for (String t : tokens) {
            if (containsToken(line, t)) {
              return Optional.of(new SourceLocation(sources.get(s).name(), n, 0));
            }
          }
        }
      } catch (IOException e) {
        // a source that cannot be re-read has no location to offer
      }
    }
    return Optional.empty();
  }

  private static BufferedReader open(DataSource source) throws IOException {
    return new BufferedReader(
        new InputStreamReader(source.opener().open(), StandardCharsets.UTF_8));
  }

  /** The IRI, quoted string or prefixed name a line starts with, or "" for anything else. */
  static String leadingToken(String s) {
    if (s.isEmpty()) {
      return "";
    }
    char first = s.charAt(0);
    if (first == '<' || first == '"') {
      int close = s.indexOf(first == '<' ? '>' : '"', 1);
      return close < 0 ? "" : s.substring(0, close + 1);
    }
    int end = 0;
    while (end < s.length() && isNameChar(s.charAt(end))
        || end < s.length() && s.charAt(end) == '.') {
      end++;
    }
    while (end > 0 && s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }

  private static List<String> tokens(String iri, Map<String, String> prefixes) {
    List<String> out = new ArrayList<>();
    out.add("<" + iri + ">");
    out.add("\"" + iri + "\"");
    prefixes.forEach(
        (p, ns) -> {
          if (iri.startsWith(ns) && iri.length() > ns.length()) {
            out.add(p + ":" + iri.substring(ns.length()));
          }
        });
    return out;
  }

  private static boolean containsToken(String s, String token) {
    int i = s.indexOf(token);
    while (i >= 0) {
      boolean startOk = i == 0 || !isNameChar(s.charAt(i - 1));
      if (startOk && endsToken(s, i + token.length())) {
        return true;
      }
      i = s.indexOf(token, i + 1);
    }
    return false;
  }

  private static boolean endsToken(String s, int end) {
    return end >= s.length() || !isNameChar(s.charAt(end));
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':';
  }
}
