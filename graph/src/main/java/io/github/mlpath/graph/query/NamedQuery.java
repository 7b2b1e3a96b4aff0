package io.github.mlpath.graph.query;

import io.github.mlpath.graph.SourceUnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * One of the named queries shipped in the data module ({@code mlpath/queries/NAME.rq}, listed in
 * {@code mlpath/queries/INDEX}). Its header may declare parameters ({@link QueryParameter}), one
 * line {@code # param: NAME: what it is} each, for its one-value {@code VALUES} clauses. Immutable.
 *
 * <pre>{@code
 * SparqlQuery q = NamedQuery.find("concepts-using-math").orElseThrow()
 *     .query(Map.of("topic", "chain-rule"));
 * }</pre>
 *
 * @param name the file name without {@code .rq}
 * @param description the text of the query's first {@code # description:} line
 * @param text the whole query
 * @param parameters the declared parameters, in the header's order
 */
public record NamedQuery(
    String name, String description, String text, List<QueryParameter> parameters) {

  private static final String PARAM = "# param:";

  public NamedQuery {
    parameters = List.copyOf(parameters);
  }

  /**
   * The query with the given parameter values in place of the defaults (an empty map: the query as
   * it is).
   *
   * @throws IllegalArgumentException for a name that is not a parameter, or a value that is not an
   *     id, prefixed name or IRI where the default is one
   */
  public SparqlQuery query(Map<String, String> values) {
    List<String> names = parameters.stream().map(QueryParameter::name).toList();
    for (String given : values.keySet()) {
      if (!names.contains(given)) {
        throw new IllegalArgumentException(
            "the query "
                + name
                + " has no parameter '"
                + given
                + "'"
                + (names.isEmpty()
                    ? "; it takes none"
                    : "; its parameters are: " + String.join(", ", names)));
      }
    }
    if (values.isEmpty()) {
      return SparqlQuery.parse(text);
    }
    Query q = QueryValues.bind(SparqlQuery.parse(text).query(), values);
    return SparqlQuery.parse(q.serialize());
  }

  /** The classpath folder of the named queries. */
  public static final String FOLDER = "mlpath/queries/";

  /** Every named query, in the order of the index. */
  public static List<NamedQuery> all() {
    List<NamedQuery> out = new ArrayList<>();
    for (String line : read(FOLDER + "INDEX").split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        out.add(load(name));
      }
    }
    return out;
  }

  /** The named query {@code name}, if there is one. */
  public static Optional<NamedQuery> find(String name) {
    return all().stream().filter(q -> q.name().equals(name)).findFirst();
  }

  private static NamedQuery load(String name) {
    return of(name, read(FOLDER + name + ".rq"));
  }

  /**
   * The named query {@code name} with this text: its description and declared parameters read from
   * the header.
   *
   * @throws IllegalStateException when a declared parameter has no one-value VALUES clause
   */
  static NamedQuery of(String name, String text) {
    String description = "";
    List<String[]> declared = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("# description:") && description.isEmpty()) {
        description = line.substring("# description:".length()).strip();
      } else if (line.startsWith(PARAM)) {
        String[] p = line.substring(PARAM.length()).split(":", 2);
        declared.add(new String[] {p[0].strip(), p.length > 1 ? p[1].strip() : ""});
      }
    }
    return new NamedQuery(name, description, text, parameters(name, text, declared));
  }

  /** The declared parameters with their defaults, read from the query's VALUES clauses. */
  private static List<QueryParameter> parameters(
      String name, String text, List<String[]> declared) {
    if (declared.isEmpty()) {
      return List.of();
    }
    Map<String, Node> values = QueryValues.of(SparqlQuery.parse(text).query());
    List<QueryParameter> out = new ArrayList<>();
    for (String[] d : declared) {
      Node n = values.get(d[0]);
      if (n == null) {
        throw new IllegalStateException(
            name
                + ".rq declares the parameter "
                + d[0]
                + " but has no VALUES ?"
                + d[0]
                + " clause with one value; its one-value clauses: "
                + values.keySet().stream().collect(Collectors.joining(", ")));
      }
      out.add(new QueryParameter(d[0], d[1], QueryValues.shown(n)));
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = NamedQuery.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new SourceUnreadableException(
            "classpath:" + resource, "missing: the data jar is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceUnreadableException("classpath:" + resource, e.getMessage(), e);
    }
  }
}
