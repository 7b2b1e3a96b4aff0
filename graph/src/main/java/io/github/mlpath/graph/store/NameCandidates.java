package io.github.mlpath.graph.store;

import io.github.mlpath.graph.vocab.MLP;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings under which a store may hold the topic a user names: ids and labels that a store
 * can look up by value, with their indices, instead of scanning every topic's name. They cover how
 * {@link io.github.mlpath.core.lookup.TopicResolver} matches names (case, spaces against hyphens,
 * singular against plural of the last word); a name none of them finds is resolved on the whole
 * index of names, which also gives the suggestions for a misspelt one.
 */
final class NameCandidates {
  private NameCandidates() {}

  /** Topic IRIs in mlpath's topic namespace whose id the name could be. */
  static Set<String> iris(String name) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(name.strip());
    ids.addAll(numbers(slug(name)));
    Set<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      if (SAFE_ID.matcher(id).matches()) {
        out.add(MLP.TOPIC_NS + id);
      }
    }
    return out;
  }

  /** What can follow the topic namespace in an IRI written between angle brackets. */
  private static final java.util.regex.Pattern SAFE_ID =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}._~-]+");

  /** SPARQL literals the name could be the label or alternative label of. */
  static Set<String> labels(String name) {
    Set<String> forms = new LinkedHashSet<>();
    String base = name.strip().replaceAll("\\s+", " ");
    for (String b : List.of(base, base.replace('-', ' '), base.replace(' ', '-'))) {
      for (String n : numbers(b)) {
        forms.add(n);
        forms.add(n.toLowerCase(Locale.ROOT));
        forms.add(capitalized(n.toLowerCase(Locale.ROOT)));
        forms.add(capitalized(n));
        forms.add(titled(n.toLowerCase(Locale.ROOT)));
        forms.add(n.toUpperCase(Locale.ROOT));
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String f : forms) {
      String quoted = "\"" + f.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      out.add(quoted);
      out.add(quoted + "@en");
    }
    return out;
  }

  /** The name's last word as given, made plural and made singular. */
  private static Set<String> numbers(String s) {
    Set<String> out = new LinkedHashSet<>();
    out.add(s);
    String lower = s.toLowerCase(Locale.ROOT);
    out.add(s + "s");
    out.add(s + "es");
    if (lower.endsWith("y")) {
      out.add(s.substring(0, s.length() - 1) + "ies");
    }
    if (lower.endsWith("ies")) {
      out.add(s.substring(0, s.length() - 3) + "y");
    }
    if (lower.endsWith("es")) {
      out.add(s.substring(0, s.length() - 2));
    }
    if (lower.endsWith("s")) {
      out.add(s.substring(0, s.length() - 1));
    }
    return out;
  }

  /** Lower case, every run of other characters than letters and digits one hyphen. */
  private static String slug(String name) {
    return name.strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String titled(String s) {
    StringBuilder out = new StringBuilder();
    for (String w : s.split(" ", -1)) {
      out.append(out.length() == 0 ? "" : " ").append(capitalized(w));
    }
    return out.toString();
  }
}
