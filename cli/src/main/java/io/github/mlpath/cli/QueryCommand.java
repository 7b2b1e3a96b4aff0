package io.github.mlpath.cli;

import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.load.InputFiles;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.NamedQuery;
import io.github.mlpath.graph.query.QueryParameter;
import io.github.mlpath.graph.query.SparqlQuery;
import io.github.mlpath.graph.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code mlpath query}: a SPARQL query on the curriculum, safely. */
@Command(
    name = QueryCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE) on the curriculum. The"
          + " prefixes mlp, topic, res, area, skos, schema, rdf, rdfs and xsd are predeclared.",
      "FROM, FROM NAMED and SERVICE are refused: a query reads the curriculum only, never local"
          + " files or other servers."
    })
final class QueryCommand extends DataCommand {
  /** The command's name (read by {@link Main} without reading this annotation). */
  static final String NAME = "query";

  @Parameters(arity = "0..1", paramLabel = "SPARQL", description = "The query text.")
  String text;

  @Option(names = "--file", paramLabel = "FILE", description = "Read the query from FILE.")
  Path file;

  @Option(
      names = "--named",
      paramLabel = "NAME",
      description = "Run a named query shipped with mlpath (see --list).")
  String named;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description =
          "With --named: give the query's parameter NAME this value instead of its default (a"
              + " topic, resource or area by its id, such as --param topic=chain-rule; a name as"
              + " it is). Repeat for several; --list shows each query's parameters.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--list",
      description = "List the named queries with their descriptions and parameters.")
  boolean list;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "table, csv, tsv, json or xml for SELECT and ASK (default: table); turtle, ntriples or"
              + " jsonld for CONSTRUCT and DESCRIBE (default: turtle).")
  String format;

  /** The default {@code --timeout} of a query. */
  static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      for (NamedQuery q : NamedQuery.all()) {
        out.printf("%-24s %s%n", q.name(), q.description());
        for (QueryParameter p : q.parameters()) {
          out.printf(
              "%-24s   --param %s=...  %s (default: %s)%n",
              "", p.name(), p.description(), p.defaultValue());
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
    Duration timeout = data.timeout(QUERY_TIMEOUT);
    if (!params.isEmpty() && named == null) {
      throw usage("--param goes with --named NAME: only named queries have parameters");
    }
    SparqlQuery query = named != null ? namedQuery() : SparqlQuery.parse(queryText());
    AnswerFormat f = answerFormat(query);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (Store source = data.open()) {
      source.answer(query, f, timeout, buffer);
    }
    out.print(buffer.toString(StandardCharsets.UTF_8));
    out.flush();
    return ExitCodes.OK;
  }

  private String queryText() {
    int given = (text != null ? 1 : 0) + (file != null ? 1 : 0) + (named != null ? 1 : 0);
    if (given != 1) {
      throw usage("give exactly one of a query, --file FILE or --named NAME (or --list)");
    }
    if (file != null) {
      try (InputStream in = InputFiles.open(file)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new SourceUnreadableException(file.toString(), "cannot read: " + e.getMessage(), e);
      }
    }
    return text;
  }

  private SparqlQuery namedQuery() {
    queryText();
    NamedQuery q =
        NamedQuery.find(named)
            .orElseThrow(
                () ->
                    usage(
                        "no named query '"
                            + named
                            + "'; the named queries are: "
                            + NamedQuery.all().stream()
                                .map(NamedQuery::name)
                                .collect(Collectors.joining(", "))));
    try {
      return q.query(params);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private AnswerFormat answerFormat(SparqlQuery query) {
    boolean graph = query.query().isConstructType() || query.query().isDescribeType();
    if (format == null) {
      return graph ? AnswerFormat.TURTLE : AnswerFormat.TABLE;
    }
    AnswerFormat f =
        AnswerFormat.fromSlug(format.toLowerCase(java.util.Locale.ROOT))
            .orElseThrow(
                () ->
                    usage(
                        "--format '"
                            + format
                            + "' is not one of "
                            + Arrays.stream(AnswerFormat.values())
                                .map(AnswerFormat::slug)
                                .collect(Collectors.joining(", "))));
    if (f.graph() != graph) {
      throw usage(
          "--format "
              + f.slug()
              + " does not fit a "
              + (graph
                  ? "CONSTRUCT or DESCRIBE query; use turtle, ntriples or jsonld"
                  : "SELECT or ASK query; use table, csv, tsv, json or xml"));
    }
    return f;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
