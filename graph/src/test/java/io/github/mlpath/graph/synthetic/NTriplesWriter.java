package io.github.mlpath.graph.synthetic;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.vocab.MLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes a curriculum's areas, topics and prerequisite edges (with reasons) as N-Triples in the
 * mlpath vocabulary ({@link MLP}, the one place its IRIs are written), with plain string writes, so
 * that the generator ({@code io.github.mlpath.bench.Generate}) can stream a million topics.
 * Resources are not written. Output order is deterministic: areas, then topics in index order, each
 * followed by its edges in index order; a reason becomes a qualified-requirement blank node {@code
 * _:q<topic>x<edge>}.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   NTriplesWriter.write(SyntheticCurriculum.generate(1_000_000, 42L), out);
 * }
 * }</pre>
 */
public final class NTriplesWriter {
  static {
    // The constants below touch Jena's vocabulary classes, which must not be the first thing to
    // initialise Jena (their static initialisers would run inside Jena's own).
    JenaSystem.init();
  }

  private static final String TYPE = iri(RDF.type);
  private static final String PREF_LABEL = iri(SKOS.prefLabel);
  private static final String ALT_LABEL = iri(SKOS.altLabel);
  private static final String DEFINITION = iri(SKOS.definition);
  private static final String BROADER = iri(SKOS.broader);
  private static final String AREA_CLASS = iri(MLP.Area);
  private static final String AREA = iri(MLP.area);
  private static final String REQUIRES = iri(MLP.requires);
  private static final String QUALIFIED = iri(MLP.qualifiedRequirement);
  private static final String REQUIRED_TOPIC = iri(MLP.requiredTopic);
  private static final String REASON = iri(MLP.reason);

  private NTriplesWriter() {}

  /**
   * Writes {@code c} to {@code out}, which it does not close.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Curriculum c, Writer out) {
    write(c, out, Edges.DIRECT);
  }

  /** How an edge with a reason is written. */
  public enum Edges {
    /** {@code mlp:requires} and a qualified requirement carrying the reason. */
    DIRECT,
    /** the qualified requirement alone, which must be read as the edge too. */
    QUALIFIED_ONLY
  }

  /**
   * Writes {@code c} to {@code out}, which it does not close, with edges that have a reason written
   * as {@code edges} says.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Curriculum c, Writer out, Edges edges) {
    try {
      for (Area a : c.areas()) {
        String s = "<" + a.iri() + ">";
        triple(out, s, TYPE, AREA_CLASS);
        triple(out, s, PREF_LABEL, literal(a.label()));
      }
      Adjacency requires = c.requires();
      for (int v = 0; v < c.size(); v++) {
        String s = "<" + c.iri(v) + ">";
        triple(out, s, TYPE, iri(Terms.classOf(c.kind(v))));
        triple(out, s, PREF_LABEL, literal(c.label(v)));
        for (String alt : c.altLabels(v)) {
          triple(out, s, ALT_LABEL, literal(alt));
        }
        Optional<Area> area = c.area(v);
        if (area.isPresent()) {
          triple(out, s, AREA, "<" + area.get().iri() + ">");
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
          Optional<String> reason = c.reason(v, w);
          if (reason.isEmpty() || edges == Edges.DIRECT) {
            triple(out, s, REQUIRES, o);
          }
          if (reason.isPresent()) {
            String q = "_:q" + v + "x" + k;
            triple(out, s, QUALIFIED, q);
            triple(out, q, REQUIRED_TOPIC, o);
            triple(out, q, REASON, literal(reason.get()));
          }
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String iri(Resource term) {
    return "<" + term.getURI() + ">";
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
