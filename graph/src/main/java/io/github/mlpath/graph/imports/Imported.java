package io.github.mlpath.graph.imports;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.Resource;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one dataset, in its own order, before it is checked and written. Resources
 * use core's {@link Resource} with mlpath ids; edges may name topics that do not exist. Immutable.
 *
 * @param format the importer that read it, such as {@code metacademy}
 * @param source the file or folder it was read from, as the user named it
 * @param attribution who made the data and under which licence, written at the top of the output
 * @param namespace the IRI namespace of the imported topics and resources
 * @param topics the topics, in the dataset's order, with unique slugs
 * @param edges the prerequisite pairs, in the dataset's order
 * @param negativePairs how many pairs the dataset labels as not prerequisites
 * @param resources the learning resources
 * @param startWith for a topic's slug, the id of the resource to open first
 * @param notes what the reader noticed and fixed on the way (a repaired tag, a malformed line)
 */
public record Imported(
    String format,
    String source,
    List<String> attribution,
    String namespace,
    List<ImportedTopic> topics,
    List<ImportedEdge> edges,
    int negativePairs,
    List<Resource> resources,
    Map<String, String> startWith,
    List<ImportFinding> notes) {

  public Imported {
    Records.requireNonNull(Imported.class, format, source, namespace);
    attribution = List.copyOf(attribution);
    topics = List.copyOf(topics);
    edges = List.copyOf(edges);
    resources = List.copyOf(resources);
    startWith = Map.copyOf(startWith);
    notes = List.copyOf(notes);
  }

  /** The IRI of the topic with this slug. */
  public String topicIri(String slug) {
    return namespace + "topic/" + slug;
  }

  /** The IRI of the resource with this id. */
  public String resourceIri(String id) {
    return namespace + "resource/" + id;
  }

  /** The same dataset with other topics, edges, resources and start marks, as after checks. */
  public Imported with(
      List<ImportedTopic> newTopics,
      List<ImportedEdge> newEdges,
      List<Resource> newResources,
      Map<String, String> newStartWith) {
    return new Imported(
        format,
        source,
        attribution,
        namespace,
        newTopics,
        newEdges,
        negativePairs,
        newResources,
        newStartWith,
        notes);
  }
}
