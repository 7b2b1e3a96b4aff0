package io.github.mlpath.graph.store;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.TopicResolver;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.read.RdfReader;
import io.github.mlpath.graph.vocab.MLP;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;

/**
 * A source that answers each scope with a CONSTRUCT query of {@link Subgraphs}: names are resolved
 * on a small index of topic names fetched once, then only the subgraph is fetched.
 */
abstract class FetchingSource implements Store {
  private volatile Curriculum names;

  /** Runs a CONSTRUCT query on the store. */
  abstract Model construct(Query query);

  @Override
  public LoadedGraph graph() {
    Model m = construct(Subgraphs.whole());
    m.setNsPrefixes(MLP.PREFIXES);
    return LoadedGraph.of(m);
  }

  @Override
  public Curriculum whole() {
    return read(graph().model());
  }

  @Override
  public Curriculum structure() {
    return read(construct(Subgraphs.structure(true)));
  }

  @Override
  public Curriculum closureOf(Collection<String> names) {
    Curriculum index = names();
    TopicResolver resolver = TopicResolver.of(index);
    Set<String> iris = new LinkedHashSet<>();
    for (String n : names) {
      iris.add(index.iri(resolver.resolve(n)));
    }
    if (iris.isEmpty()) {
      return names();
    }
    return read(construct(Subgraphs.closureOf(List.copyOf(iris))));
  }

  @Override
  public Curriculum dependentsOf(String name) {
    Curriculum index = names();
    String iri = index.iri(TopicResolver.of(index).resolve(name));
    return read(construct(Subgraphs.dependentsOf(iri)));
  }

  /** Every topic with its names, kind and area: enough to resolve a name. */
  Curriculum names() {
    Curriculum c = names;
    if (c == null) {
      c = read(construct(Subgraphs.structure(false)));
      names = c;
    }
    return c;
  }

  /** The curriculum of a fetched graph, refused when the graph has an error (all of it is used). */
  private static Curriculum read(Model m) {
    return RdfReader.curriculumOf(m.getGraph());
  }
}
