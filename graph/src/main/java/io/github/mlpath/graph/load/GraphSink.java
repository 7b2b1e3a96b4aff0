package io.github.mlpath.graph.load;

import io.github.mlpath.graph.vocab.MLP;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/** Collects parsed triples into one in-memory Jena model, with mlpath's prefixes and the data's. */
public final class GraphSink implements RdfSink {
  private final Model model = ModelFactory.createDefaultModel();

  public GraphSink() {
    model.setNsPrefixes(MLP.PREFIXES);
  }

  @Override
  public void triple(Node s, Node p, Node o, long at, long subjectAt) {
    model.getGraph().add(Triple.create(s, p, o));
  }

  @Override
  public void prefix(String prefix, String iri) {
    if (model.getNsPrefixURI(prefix) == null) {
      model.setNsPrefix(prefix, iri);
    }
  }

  /** The graph of {@code sources}, once every one of them has been parsed into this sink. */
  public LoadedGraph loaded(List<DataSource> sources) {
    return new LoadedGraph(model, sources);
  }
}
