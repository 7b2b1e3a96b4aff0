package io.github.mlpath.graph.store;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.UnknownTopicException;
import io.github.mlpath.core.lookup.TopicResolver;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfSink;
import io.github.mlpath.graph.read.RdfReader;
import io.github.mlpath.graph.vocab.MLP;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;

/**
 * A source that answers each scope with a CONSTRUCT query of {@link Subgraphs}: names are resolved
 * on a small index of topic names fetched once, then only the subgraph is fetched: in one query, or
 * by {@link Levels} from a store that refuses it.
 */
abstract class FetchingSource implements Store, Constructing {
  private volatile Curriculum names;
  private volatile boolean refusesOneQuery;
  final Levels levels = new Levels(this);

  @Override
  public LoadedGraph graph() {
    Model m = construct(Subgraphs.whole());
    m.setNsPrefixes(MLP.PREFIXES);
    return LoadedGraph.of(m);
  }

  @Override
  public Curriculum whole() {
    return read(Subgraphs.whole());
  }

  @Override
  public Curriculum structure() {
    return read(Subgraphs.structure(true));
  }

  @Override
  public Curriculum closureOf(Collection<String> names) {
    Set<String> iris = new LinkedHashSet<>();
    for (String n : names) {
      iris.add(iriOf(n));
    }
    if (iris.isEmpty()) {
      return names();
    }
    List<String> seeds = List.copyOf(iris);
    return read(
        into -> oneQueryOr(() -> closureInOneGo(seeds, into), () -> levels.closureOf(seeds, into)));
  }

  /**
   * Hands {@code into} the subgraph of {@link Subgraphs#closureOf} without walking it level by
   * level: one portable query, unless the store knows a better way to ask its engine.
   */
  void closureInOneGo(List<String> seedIris, RdfSink into) {
    construct(Subgraphs.closureOf(seedIris), into);
  }

  @Override
  public Curriculum dependentsOf(String name) {
    String target = iriOf(name);
    return read(
        into ->
            oneQueryOr(
                () -> construct(Subgraphs.dependentsOf(target), into),
                () -> levels.dependentsOf(target, into)));
  }

  /**
   * The subgraph in one query, or level by level once the store has refused one (Virtuoso on a
   * large graph: its transitive queries run out of memory); a store that is down or late is not
   * asked again.
   */
  private void oneQueryOr(Runnable oneQuery, Runnable byLevels) {
    if (!refusesOneQuery) {
      try {
        oneQuery.run();
        return;
      } catch (RefusedQueryException refused) {
        refusesOneQuery = true;
      }
    }
    byLevels.run();
  }

  /**
   * The IRI of the topic a name names: looked up first among the topics the store holds under the
   * name's likely spellings (one query, answered from the store's indices), then, when none of them
   * is it, on the index of every topic's name, which also suggests close names.
   */
  private String iriOf(String name) {
    Curriculum candidates =
        read(Subgraphs.named(NameCandidates.iris(name), NameCandidates.labels(name)));
    try {
      return candidates.iri(TopicResolver.of(candidates).resolve(name));
    } catch (UnknownTopicException notAmongThem) {
      Curriculum index = names();
      return index.iri(TopicResolver.of(index).resolve(name));
    }
  }

  /** Every topic with its names, kind and area: enough to resolve a name. */
  Curriculum names() {
    Curriculum c = names;
    if (c == null) {
      c = read(Subgraphs.structure(false));
      names = c;
    }
    return c;
  }

  /**
   * The curriculum of the answer to {@code query}, read as it arrives, refused when it has an error
   * (all of it is used).
   */
  private Curriculum read(Query query) {
    return read(into -> construct(query, into));
  }

  /**
   * The curriculum of what {@code feed} hands its sink, read as it arrives, once the checks still
   * running on its answers ({@link #settle}) have passed: when one fails, its error is the one
   * thrown, even if the answer also did not read as a curriculum.
   */
  private Curriculum read(Consumer<RdfSink> feed) {
    Curriculum c;
    try {
      c = RdfReader.curriculumOf(feed);
    } catch (RuntimeException e) {
      settle();
      throw e;
    }
    settle();
    return c;
  }

  /** Waits for the checks of the answers read that still run in the background (none here). */
  void settle() {}
}
