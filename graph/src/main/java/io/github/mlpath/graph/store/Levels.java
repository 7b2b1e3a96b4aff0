package io.github.mlpath.graph.store;

import io.github.mlpath.graph.load.RdfSink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The subgraphs of {@link Subgraphs#closureOf} and {@link Subgraphs#dependentsOf} found level by
 * level, for an engine that refuses the one query: each level is one query without property paths
 * for the topics one step from the last level's (as many as are new), then the topics' triples are
 * fetched by value. It takes as many round trips as the walk is deep, and never more memory on the
 * engine than one level needs: Virtuoso 7 walks every path of a transitive query before it keeps
 * the distinct topics, which on a million topics runs out of its memory for transitive queries.
 */
final class Levels {
  /** How many topics one query names, so a query stays a few hundred kilobytes. */
  static final int CHUNK = 2_000;

  private static final String PART = "?n skos:broader ?f .";
  private static final String REQUIRED =
      "{ ?f mlp:requires ?n } UNION { ?f mlp:qualifiedRequirement ?q . ?q mlp:requiredTopic ?n }";
  private static final String REQUIRING =
      "{ ?n mlp:requires ?f } UNION { ?n mlp:qualifiedRequirement ?q . ?q mlp:requiredTopic ?f }";

  private final Constructing store;

  /** Levels answered by {@code store}, which runs CONSTRUCT queries. */
  Levels(Constructing store) {
    this.store = store;
  }

  /** Hands {@code into} the subgraph {@link Subgraphs#closureOf} fetches for the seeds. */
  void closureOf(Collection<String> seedIris, RdfSink into) {
    Set<String> topics = walk(parts(seedIris), REQUIRED);
    fetch(topics, Subgraphs::closureTriplesOf, into);
  }

  /** Hands {@code into} the subgraph {@link Subgraphs#dependentsOf} fetches for the target. */
  void dependentsOf(String targetIri, RdfSink into) {
    Set<String> topics = walk(walk(List.of(targetIri), PART), REQUIRING);
    fetch(topics, Subgraphs::dependentTriplesOf, into);
  }

  /** The seeds and their parts ({@code skos:broader} read backwards), level by level. */
  Set<String> parts(Collection<String> seedIris) {
    return walk(seedIris, PART);
  }

  /** {@code from} and every topic reached from them by steps, level by level. */
  private Set<String> walk(Collection<String> from, String step) {
    Set<String> seen = new LinkedHashSet<>(from);
    List<String> level = List.copyOf(from);
    while (!level.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (List<String> chunk : chunks(level)) {
        for (RDFNode n : store.construct(Subgraphs.step(chunk, step)).listObjects().toList()) {
          if (n.isURIResource() && seen.add(n.asResource().getURI())) {
            next.add(n.asResource().getURI());
          }
        }
      }
      level = next;
    }
    return seen;
  }

  /** The topics' triples, chunk by chunk (the areas come with each: read, they count once). */
  private void fetch(Set<String> topics, Function<Collection<String>, Query> query, RdfSink into) {
    for (List<String> chunk : chunks(List.copyOf(topics))) {
      store.construct(query.apply(chunk), into);
    }
  }

  private static List<List<String>> chunks(List<String> iris) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < iris.size(); i += CHUNK) {
      out.add(iris.subList(i, Math.min(iris.size(), i + CHUNK)));
    }
    return out;
  }
}
