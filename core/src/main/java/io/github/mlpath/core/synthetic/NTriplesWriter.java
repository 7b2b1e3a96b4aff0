package io.github.mlpath.core.synthetic;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes a curriculum's areas, topics and prerequisite edges (with reasons) as N-Triples in the
 * mlpath vocabulary, with plain string writes and no RDF library, so that {@code mlpath generate}
 * can stream a million topics. Resources are not written. Output order is deterministic: areas,
 * then topics in index order, each followed by its edges in index order; a reason becomes a
 * qualified-requirement blank node {@code _:q<topic>x<edge>}.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   NTriplesWriter.write(SyntheticCurriculum.generate(1_000_000, 42L), out);
 * }
 * }</pre>
 */
public final class NTriplesWriter {
  /** The mlpath vocabulary namespace. */
  public static final String MLP = "https://w3id.org/mlpath/ns#";

  private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  private static final String TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
  private static final String PREF_LABEL = "<" + SKOS + "prefLabel>";
  private static final String ALT_LABEL = "<" + SKOS + "altLabel>";
  private static final String DEFINITION = "<" + SKOS + "definition>";
  private static final String BROADER = "<" + SKOS + "broader>";

  private NTriplesWriter() {}

  /**
   * Writes {@code c} to {@code out}, which it does not close.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Curriculum c, Writer out) {
    try {
      for (Area a : c.areas()) {
        String s = "<" + a.iri() + ">";
        triple(out, s, TYPE, "<" + MLP + "Area>");
        triple(out, s, PREF_LABEL, literal(a.label()));
      }
      Adjacency requires = c.requires();
      for (int v = 0; v < c.size(); v++) {
        String s = "<" + c.iri(v) + ">";
        triple(out, s, TYPE, "<" + MLP + typeName(c.kind(v)) + ">");
        triple(out, s, PREF_LABEL, literal(c.label(v)));
        for (String alt : c.altLabels(v)) {
          triple(out, s, ALT_LABEL, literal(alt));
        }
        Optional<Area> area = c.area(v);
        if (area.isPresent()) {
          triple(out, s, "<" + MLP + "area>", "<" + area.get().iri() + ">");
        }
        Optional<String> definition = c.definition(v);
        if (definition.isPresent()) {
          triple(out, s, DEFINITION, literal(definition.get()));
        }
        for (String b : c.broader(v)) {
          OptionalInt w = c.indexOf(b);
          if (w.isPresent()) {
            triple(out, s, BROADER, "<" + c.iri(w.getAsInt()) + ">");
          }
        }
        for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
          int w = requires.target(k);
          String o = "<" + c.iri(w) + ">";
          triple(out, s, "<" + MLP + "requires>", o);
          Optional<String> reason = c.reason(v, w);
          if (reason.isPresent()) {
            String q = "_:q" + v + "x" + k;
            triple(out, s, "<" + MLP + "qualifiedRequirement>", q);
            triple(out, q, "<" + MLP + "requiredTopic>", o);
            triple(out, q, "<" + MLP + "reason>", literal(reason.get()));
          }
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String typeName(TopicKind kind) {
    switch (kind) {
      case PROGRAMMING:
        return "ProgrammingSkill";
      case PROJECT:
        return "Project";
      case ML_CONCEPT:
        return "MLConcept";
      default:
        return "MathTopic";
    }
  }

  private static void triple(Writer out, String s, String p, String o) throws IOException {
    out.write(s);
    out.write(' ');
    out.write(p);
    out.write(' ');
    out.write(o);
    out.write(" .\n");
  }

  /** An English literal, escaped as N-Triples requires. */
  static String literal(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        default:
          b.append(ch);
      }
    }
    return b.append("\"@en").toString();
  }
}
