package io.github.mlpath.graph.load;

import io.github.mlpath.graph.vocab.MLP;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Collects parsed triples into one in-memory Jena model, with mlpath's prefixes and the data's, and
 * remembers each source's own prefixes so that the loaded graph can locate an IRI in the text.
 */
public final class GraphSink implements RdfSink {
  private final Model model = ModelFactory.createDefaultModel();
  private final List<Map<String, String>> prefixes = new ArrayList<>();

  public GraphSink() {
    model.setNsPrefixes(MLP.PREFIXES);
  }

  @Override
  public void startSource() {
    prefixes.add(new HashMap<>());
  }

  @Override
  public void triple(Node s, Node p, Node o, long at, long subjectAt) {
    model.getGraph().add(Triple.create(s, p, o));
  }

  @Override
  public void prefix(String prefix, String iri) {
    if (prefixes.isEmpty()) {
      startSource();
    }
    prefixes.get(prefixes.size() - 1).put(prefix, iri);
    if (model.getNsPrefixURI(prefix) == null) {
      model.setNsPrefix(prefix, iri);
    }
  }

  /** The graph of {@code sources}, once every one of them has been parsed into this sink. */
  public LoadedGraph loaded(List<DataSource> sources) {
    List<Map<String, String>> perSource = new ArrayList<>(prefixes);
    while (perSource.size() < sources.size()) {
      perSource.add(Map.of());
    }
    return new LoadedGraph(
        model, sources, new SourceLocator(sources, perSource.subList(0, sources.size())));
  }
}
