package io.github.mlpath.graph.store;

import io.github.mlpath.graph.load.RdfSink;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The subgraph of {@link Subgraphs#closureOf} asked of Virtuoso in its own syntax. Virtuoso walks
 * every path of a SPARQL property path before it keeps the distinct topics (on a million topics it
 * runs out of memory), but its transitive option with {@code t_distinct} visits each topic once. It
 * takes one constant start (several, by {@code IN}, {@code VALUES} or a {@code UNION} of such
 * sub-selects, are refused), so it is one query per seed; the union of the answers is the subgraph
 * of all seeds, since what is fetched for a topic depends on that topic alone. The seeds' parts
 * ({@code skos:broader} read backwards) are found first, level by level, and are seeds too. See
 * docs/benchmarks.md, "Virtuoso".
 */
final class VirtuosoClosure {
  private static final String STEP =
      "{ ?s mlp:requires ?t } UNION { ?s mlp:qualifiedRequirement ?q . ?q mlp:requiredTopic ?t }";

  private final Function<Collection<String>, Set<String>> parts;
  private final BiConsumer<String, RdfSink> construct;

  /**
   * A closure found with {@code parts} (a seed and its parts, level by level) and {@code
   * construct}, which runs a CONSTRUCT query's text on Virtuoso and hands its answer to a sink.
   */
  VirtuosoClosure(
      Function<Collection<String>, Set<String>> parts, BiConsumer<String, RdfSink> construct) {
    this.parts = parts;
    this.construct = construct;
  }

  /**
   * Hands {@code into} the subgraph {@link Subgraphs#closureOf} fetches for the seeds: each seed's
   * answer in turn (what two seeds share comes twice, and is read once).
   */
  void closureOf(Collection<String> seedIris, RdfSink into) {
    for (String seed : List.copyOf(parts.apply(seedIris))) {
      construct.accept(query(seed), into);
    }
  }

  /** The query of one seed's closure, with Virtuoso's transitive option. */
  static String query(String seedIri) {
    return Subgraphs.prefixed(
        Subgraphs.closureText(
            "{ SELECT DISTINCT ?t WHERE { { SELECT ?s ?t WHERE { "
                + STEP
                + " } } OPTION (TRANSITIVE, t_distinct, t_in(?s), t_out(?t), t_min(0)) ."
                + " FILTER (?s = <"
                + seedIri
                + ">) } }"));
  }
}
