package io.github.mlpath.graph.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The one-variable, one-value {@code VALUES} clauses of a query, which are its parameters: their
 * current values, and the query with new ones.
 */
final class QueryValues {
  /** An id as the curriculum's IRIs end: letters, digits, and {@code - . _ ~}. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");

  private QueryValues() {}

  /** Each one-variable, one-value {@code VALUES} clause of {@code q}: variable name to value. */
  static Map<String, Node> of(Query q) {
    Map<String, Node> out = new LinkedHashMap<>();
    forEach(q, (el, v, value) -> out.put(v.getVarName(), value));
    return out;
  }

  /** How a value is written on the command line: an IRI by its last segment, a text as it is. */
  static String shown(Node n) {
    if (n.isURI()) {
      String iri = n.getURI();
      return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
    return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }

  /**
   * {@code q} (changed in place) with each named variable's {@code VALUES} clause holding the given
   * value instead, read like the value it replaces (see {@link #node}).
   */
  static Query bind(Query q, Map<String, String> values) {
    forEach(
        q,
        (el, v, old) -> {
          String given = values.get(v.getVarName());
          if (given != null) {
            Node n = node(given, old, q.getPrefixMapping(), v.getVarName());
            el.getRows().clear();
            el.add(BindingFactory.binding(v, n));
          }
        });
    return q;
  }

  /** What is done with one parameter: its clause, its variable and its value. */
  @FunctionalInterface
  private interface ParameterAction {
    void accept(ElementData clause, Var variable, Node value);
  }

  /** Runs {@code action} on each one-variable, one-value {@code VALUES} clause of {@code q}. */
  private static void forEach(Query q, ParameterAction action) {
    ElementWalker.walk(
        q.getQueryPattern(),
        new ElementVisitorBase() {
          @Override
          public void visit(ElementData el) {
            if (el.getVars().size() == 1 && el.getRows().size() == 1) {
              Var v = el.getVars().get(0);
              Node value = el.getRows().get(0).get(v);
              if (value != null) {
                action.accept(el, v, value);
              }
            }
          }
        });
  }

  /**
   * A value read like {@code old}: for an IRI, an id in the same namespace ({@code chain-rule}), a
   * prefixed name ({@code topic:chain-rule}) or a full IRI in angle brackets; for a text, a text
   * with the same language or datatype.
   *
   * @throws IllegalArgumentException for an IRI value that is none of these
   */
  static Node node(String value, Node old, PrefixMapping prefixes, String name) {
    if (old.isLiteral()) {
      String lang = old.getLiteralLanguage();
      return lang.isEmpty()
          ? NodeFactory.createLiteralDT(value, old.getLiteralDatatype())
          : NodeFactory.createLiteralLang(value, lang);
    }
    if (value.startsWith("<") && value.endsWith(">") && value.length() > 2) {
      return NodeFactory.createURI(value.substring(1, value.length() - 1));
    }
    int colon = value.indexOf(':');
    if (colon > 0 && prefixes.getNsPrefixURI(value.substring(0, colon)) != null) {
      String local = value.substring(colon + 1);
      if (ID.matcher(local).matches()) {
        return NodeFactory.createURI(prefixes.expandPrefix(value));
      }
    }
    if (ID.matcher(value).matches()) {
      String iri = old.getURI();
      return NodeFactory.createURI(
          iri.substring(0, Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1) + value);
    }
    throw new IllegalArgumentException(
        "--param "
            + name
            + "="
            + value
            + ": give an id such as "
            + shown(old)
            + ", a prefixed name or an IRI in angle brackets");
  }
}
