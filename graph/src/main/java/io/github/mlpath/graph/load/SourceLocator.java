package io.github.mlpath.graph.load;

import io.github.mlpath.graph.DataSource;
import io.github.mlpath.graph.SourceLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  public Optional<SourceLocation> locate(String iri) {
    SourceLocation mention = null;
    for (int s = 0; s < sources.size(); s++) {
      List<String> tokens = tokens(iri, prefixes.get(s));
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(sources.get(s).opener().open(), StandardCharsets.UTF_8))) {
        String line;
        long n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          String trimmed = line.stripLeading();
          for (String t : tokens) {
            if (startsWithToken(trimmed, t)) {
              return Optional.of(new SourceLocation(sources.get(s).name(), n, 0));
            }
            if (mention == null && containsToken(line, t)) {
              mention = new SourceLocation(sources.get(s).name(), n, 0);
            }
          }
        }
      } catch (IOException e) {
        // a source that cannot be re-read has no location to offer
      }
    }
    return Optional.ofNullable(mention);
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

  private static boolean startsWithToken(String s, String token) {
    return s.startsWith(token) && endsToken(s, token.length());
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
