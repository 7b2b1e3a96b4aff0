package io.github.mlpath.graph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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

  private final Function<Query, Model> construct;

  /** Levels answered by {@code construct}, which runs a CONSTRUCT query on the store. */
  Levels(Function<Query, Model> construct) {
    this.construct = construct;
  }

  /** The subgraph {@link Subgraphs#closureOf} fetches for the seeds. */
  Model closureOf(Collection<String> seedIris) {
    Set<String> topics = walk(parts(seedIris), REQUIRED);
    return fetch(topics, Subgraphs::closureTriplesOf);
  }

  /** The subgraph {@link Subgraphs#dependentsOf} fetches for the target. */
  Model dependentsOf(String targetIri) {
    Set<String> topics = walk(walk(List.of(targetIri), PART), REQUIRING);
    return fetch(topics, Subgraphs::dependentTriplesOf);
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
        for (RDFNode n : construct.apply(Subgraphs.step(chunk, step)).listObjects().toList()) {
          if (n.isURIResource() && seen.add(n.asResource().getURI())) {
            next.add(n.asResource().getURI());
          }
        }
      }
      level = next;
    }
    return seen;
  }

  private Model fetch(Set<String> topics, Function<Collection<String>, Query> query) {
    Model all = ModelFactory.createDefaultModel();
    for (List<String> chunk : chunks(List.copyOf(topics))) {
      all.add(construct.apply(query.apply(chunk)));
    }
    return all;
  }

  private static List<List<String>> chunks(List<String> iris) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < iris.size(); i += CHUNK) {
      out.add(iris.subList(i, Math.min(iris.size(), i + CHUNK)));
    }
    return out;
  }
}
