package io.github.mlpath.graph.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The terms of one read as dense int ids: IRIs and blank nodes keyed by their text, literals by
 * their lexical form in a table of their own per language and datatype, so that a literal costs
 * only the lexical string the parser made (no key built from its three parts). Each term's kind,
 * text (the IRI, {@code _:label}, or the lexical form), language and datatype are kept by id.
 */
final class TermDictionary {
  private final TermTable names = new TermTable();
  private final Map<String, Integer> forms = new HashMap<>();
  private final List<TermTable> literals = new ArrayList<>();
  private final List<String> langs = new ArrayList<>();
  private final List<String> datatypes = new ArrayList<>();
  private byte[] kind = new byte[1024];
  private String[] text = new String[1024];
  private int[] form = new int[1024];
  private int size;
  private String lastLang;
  private String lastDatatype;
  private int lastForm;

  /** The id of a node, interning it. */
  int intern(Node n) {
    if (n.isURI()) {
      return name(n.getURI(), Facts.IRI);
    }
    if (n.isBlank()) {
      return name("_:" + n.getBlankNodeLabel(), Facts.BLANK);
    }
    if (n.isLiteral()) {
      return literal(n.getLiteralLexicalForm(), n.getLiteralLanguage(), n.getLiteralDatatypeURI());
    }
    return literal(n.toString(), "", "");
  }

  /** The id here of term {@code t} of {@code other}, interning it. */
  int intern(TermDictionary other, int t) {
    byte k = other.kind[t];
    return k == Facts.LITERAL
        ? literal(other.text[t], other.lang(t), other.datatype(t))
        : name(other.text[t], k);
  }

  private int name(String s, byte k) {
    int id = names.intern(s, size);
    if (id == size) {
      fresh(k, s, -1);
    }
    return id;
  }

  private int literal(String lexical, String lng, String dt) {
    int f = formOf(lng, dt);
    int id = literals.get(f).intern(lexical, size);
    if (id == size) {
      fresh(Facts.LITERAL, lexical, f);
    }
    return id;
  }

  /**
   * The index of a literal's form (its language and datatype), with a table of its own; the last
   * form asked is remembered, since literals of one form tend to come together.
   */
  private int formOf(String lng, String dt) {
    if (!lng.equals(lastLang) || !dt.equals(lastDatatype)) {
      lastForm = forms.computeIfAbsent(lng + '\u0000' + dt, x -> newForm(lng, dt));
      lastLang = lng;
      lastDatatype = dt;
    }
    return lastForm;
  }

  private int newForm(String lng, String dt) {
    literals.add(new TermTable());
    langs.add(lng.isEmpty() ? "" : lng.intern());
    datatypes.add(dt.intern());
    return literals.size() - 1;
  }

  private void fresh(byte k, String s, int f) {
    if (size == kind.length) {
      kind = Arrays.copyOf(kind, size * 2);
      text = Arrays.copyOf(text, size * 2);
      form = Arrays.copyOf(form, size * 2);
    }
    kind[size] = k;
    text[size] = s;
    form[size] = f;
    size++;
  }

  /** The id of an IRI, or -1 when it was never interned. */
  int find(String iri) {
    return names.find(iri);
  }

  int size() {
    return size;
  }

  byte kind(int term) {
    return kind[term];
  }

  /** The IRI of an IRI, {@code _:label} of a blank node, the lexical form of a literal. */
  String text(int term) {
    return text[term];
  }

  /** The language of a literal ({@code ""} for none), null for an IRI or blank node. */
  String lang(int term) {
    return form[term] < 0 ? null : langs.get(form[term]);
  }

  /** The datatype IRI of a literal, null for an IRI or blank node. */
  String datatype(int term) {
    return form[term] < 0 ? null : datatypes.get(form[term]);
  }
}
