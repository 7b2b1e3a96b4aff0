package io.github.mlpath.graph.read;

import java.util.Arrays;
import java.util.HashMap;
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
  private final Map<String, TermTable> literals = new HashMap<>();
  private byte[] kind = new byte[1024];
  private String[] text = new String[1024];
  private String[] lang = new String[1024];
  private String[] datatype = new String[1024];
  private int size;
  private String lastLang;
  private String lastDatatype;
  private TermTable lastTable;

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

  private int name(String s, byte k) {
    int id = names.intern(s, size);
    if (id == size) {
      fresh(k, s, null, null);
    }
    return id;
  }

  private int literal(String lexical, String lng, String dt) {
    TermTable table = tableOf(lng, dt);
    int id = table.intern(lexical, size);
    if (id == size) {
      fresh(Facts.LITERAL, lexical, lng.isEmpty() ? "" : lng.intern(), dt.intern());
    }
    return id;
  }

  /** The table of literals in {@code lng} with datatype {@code dt}; the last one asked is kept. */
  private TermTable tableOf(String lng, String dt) {
    if (!lng.equals(lastLang) || !dt.equals(lastDatatype)) {
      lastTable = literals.computeIfAbsent(lng + '\u0000' + dt, x -> new TermTable());
      lastLang = lng;
      lastDatatype = dt;
    }
    return lastTable;
  }

  private void fresh(byte k, String s, String lng, String dt) {
    if (size == kind.length) {
      int grown = size * 2;
      kind = Arrays.copyOf(kind, grown);
      text = Arrays.copyOf(text, grown);
      lang = Arrays.copyOf(lang, grown);
      datatype = Arrays.copyOf(datatype, grown);
    }
    kind[size] = k;
    text[size] = s;
    lang[size] = lng;
    datatype[size] = dt;
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

  String lang(int term) {
    return lang[term];
  }

  String datatype(int term) {
    return datatype[term];
  }
}
