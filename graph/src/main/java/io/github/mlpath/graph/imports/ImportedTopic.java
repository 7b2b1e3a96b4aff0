package io.github.mlpath.graph.imports;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.SourceLocation;
import java.time.Duration;
import java.util.Optional;

/**
 * A topic as a dataset states it, before it is written as RDF. Immutable.
 *
 * @param sourceId the dataset's own id for it (a Metacademy tag, a LectureBank number, a Wikipedia
 *     title), kept as {@code skos:notation}
 * @param slug its mlpath id, unique in the import
 * @param label its name
 * @param kind what kind of topic it is taken to be
 * @param area the id of its area, if one is given
 * @param definition the dataset's summary of it, if any
 * @param wikipedia the address of its English Wikipedia article, if the dataset gives one
 * @param learningTime how long the dataset says it takes to learn, if it says
 * @param at where the dataset defines it
 */
public record ImportedTopic(
    String sourceId,
    String slug,
    String label,
    TopicKind kind,
    Optional<String> area,
    Optional<String> definition,
    Optional<String> wikipedia,
    Optional<Duration> learningTime,
    SourceLocation at) {

  public ImportedTopic {
    Records.requireNonNull(
        ImportedTopic.class,
        sourceId,
        slug,
        label,
        kind,
        area,
        definition,
        wikipedia,
        learningTime,
        at);
  }

  /** This topic under another slug. */
  public ImportedTopic withSlug(String newSlug) {
    return new ImportedTopic(
        sourceId, newSlug, label, kind, area, definition, wikipedia, learningTime, at);
  }

  /** This topic without its Wikipedia article. */
  public ImportedTopic withoutWikipedia() {
    return new ImportedTopic(
        sourceId, slug, label, kind, area, definition, Optional.empty(), learningTime, at);
  }
}
