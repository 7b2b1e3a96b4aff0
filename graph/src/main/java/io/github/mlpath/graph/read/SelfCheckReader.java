package io.github.mlpath.graph.read;

import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.vocab.MLP;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;

/** Reads the topics' self-checks ({@code mlp:selfCheck}) for the placement quiz. */
public final class SelfCheckReader {
  private SelfCheckReader() {}

  /** The self-check of every topic of {@code graph} that has one, by topic id. */
  public static SelfChecks read(LoadedGraph graph) {
    Map<String, String> out = new HashMap<>();
    graph
        .model()
        .listSubjectsWithProperty(MLP.selfCheck)
        .forEachRemaining(
            (Resource t) -> {
              if (t.isURIResource()) {
                Terms.text(t, MLP.selfCheck).ifPresent(c -> out.put(Terms.id(t.getURI()), c));
              }
            });
    return new SelfChecks(out);
  }
}
