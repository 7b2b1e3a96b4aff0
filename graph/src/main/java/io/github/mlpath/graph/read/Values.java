package io.github.mlpath.graph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/** How the reader takes values off a subject in {@link Facts}: best text, all texts, IRIs, ids. */
final class Values {
  private Values() {}

  /** The best literal of {@code p}: English first, then no language, then any; by lexical form. */
  static Optional<String> text(Facts f, int subject, int p) {
    BestText best = new BestText();
    for (int o : f.objects(subject, p)) {
      if (f.isLiteral(o)) {
        best.offer(f.lexical(o), f.lang(o));
      }
    }
    return best.best();
  }

  /** Every literal value of {@code p}, sorted, each once. */
  static List<String> texts(Facts f, int subject, int p) {
    TreeSet<String> out = new TreeSet<>();
    for (int o : f.objects(subject, p)) {
      if (f.isLiteral(o)) {
        out.add(f.lexical(o));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The smallest integer value of {@code p} (a literal of up to nine digits, with an optional minus
   * sign), if any: the form of {@code schema:position} and {@code mlp:teachingOrder}.
   */
  static OptionalInt integer(Facts f, int subject, int p) {
    return texts(f, subject, p).stream()
        .filter(s -> s.matches("-?\\d{1,9}"))
        .mapToInt(Integer::parseInt)
        .min();
  }

  /** The IRI values of {@code p}, in the order read. */
  static List<Integer> iris(Facts f, int subject, int p) {
    List<Integer> out = new ArrayList<>();
    for (int o : f.objects(subject, p)) {
      if (f.isIri(o)) {
        out.add(o);
      }
    }
    return out;
  }

  /** The first IRI value of {@code p} read, or -1. */
  static int firstIri(Facts f, int subject, int p) {
    for (int o : f.objects(subject, p)) {
      if (f.isIri(o)) {
        return o;
      }
    }
    return -1;
  }

  /** The lexical form of a literal or the IRI of an IRI: what SHACL's patterns match. */
  static String str(Facts f, int term) {
    return f.isLiteral(term) ? f.lexical(term) : f.iri(term);
  }

  /** A value as a report shows it: {@code <iri>}, {@code "text"}, or a blank node's label. */
  static String shown(Facts f, int term) {
    return switch (f.kind(term)) {
      case Facts.IRI -> "<" + f.iri(term) + ">";
      case Facts.LITERAL -> "\"" + f.lexical(term) + "\"";
      default -> f.iri(term);
    };
  }
}
