package io.github.mlpath.graph.imports;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicKind;
import java.util.Optional;

/**
 * What an import assumes where the dataset is silent. Immutable.
 *
 * @param namespace the IRI namespace for the imported topics ({@code NAMESPACE topic/ID}) and
 *     resources ({@code NAMESPACE resource/ID}); ends in {@code /} or {@code #}
 * @param kind the kind of a topic the dataset does not classify
 * @param area the area of such a topic, if any
 */
public record ImportSettings(String namespace, TopicKind kind, Optional<String> area) {

  /**
   * The namespace of imports when none is given: {@code https://w3id.org/mlpath/import/FORMAT/}.
   */
  public static final String DEFAULT_BASE = "https://w3id.org/mlpath/import/";

  public ImportSettings {
    Records.requireNonNull(ImportSettings.class, namespace, kind, area);
    if (!namespace.endsWith("/") && !namespace.endsWith("#")) {
      throw new IllegalArgumentException("a namespace ends in / or #: " + namespace);
    }
  }

  /**
   * The defaults for a format: its own namespace, ML concepts in the machine-learning area.
   *
   * @param format the format's name, such as {@code metacademy}
   */
  public static ImportSettings defaults(String format) {
    return new ImportSettings(
        DEFAULT_BASE + format + "/", TopicKind.ML_CONCEPT, Optional.of("machine-learning"));
  }
}
