package io.github.mlpath.graph.read;

import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.vocab.MLP;
import io.github.mlpath.graph.vocab.SCHEMA;
import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The term ids, in one {@link Facts}, of the vocabulary the reader understands; -1 for a term the
 * data never mentions. Resolved once per read so that the rules compare ints.
 */
final class Known {
  final int type;
  final int subClassOf;
  final int prefLabel;
  final int rdfsLabel;
  final int altLabel;
  final int definition;
  final int broader;
  final int topic;
  final int area;
  final int areaClass;
  final int requires;
  final int requiresGist;
  final int umbrella;
  final int teachingOrder;
  final int learningTime;
  final int exactMatch;
  final int duration;
  final int qualifiedRequirement;
  final int requiredTopic;
  final int reason;
  final int startWith;
  final int learningResource;
  final int name;
  final int url;
  final int timeRequired;
  final int numberOfPages;
  final int wordCount;
  final int resourceType;
  final int level;
  final int free;
  final int position;
  final int partOf;
  final int author;
  final int pagination;
  final int teaches;
  final Map<TopicKind, Integer> kinds = new EnumMap<>(TopicKind.class);
  final String xsdString = XSD.xstring.getURI();
  final String langString = RDF.langString.getURI();
  final String xsdBoolean = XSD.xboolean.getURI();
  final String xsdInteger = XSD.integer.getURI();
  final String xsdDuration = XSD.duration.getURI();

  Known(Facts f) {
    type = f.iriId(RDF.type.getURI());
    subClassOf = f.iriId(RDFS.subClassOf.getURI());
    prefLabel = f.iriId(SKOS.prefLabel.getURI());
    rdfsLabel = f.iriId(RDFS.label.getURI());
    altLabel = f.iriId(SKOS.altLabel.getURI());
    definition = f.iriId(SKOS.definition.getURI());
    broader = f.iriId(SKOS.broader.getURI());
    topic = f.iriId(MLP.Topic.getURI());
    area = f.iriId(MLP.area.getURI());
    areaClass = f.iriId(MLP.Area.getURI());
    requires = f.iriId(MLP.requires.getURI());
    requiresGist = f.iriId(MLP.requiresGist.getURI());
    umbrella = f.iriId(MLP.Umbrella.getURI());
    teachingOrder = f.iriId(MLP.teachingOrder.getURI());
    learningTime = f.iriId(MLP.learningTime.getURI());
    exactMatch = f.iriId(SKOS.exactMatch.getURI());
    duration = f.iriId(SCHEMA.duration.getURI());
    qualifiedRequirement = f.iriId(MLP.qualifiedRequirement.getURI());
    requiredTopic = f.iriId(MLP.requiredTopic.getURI());
    reason = f.iriId(MLP.reason.getURI());
    startWith = f.iriId(MLP.startWith.getURI());
    learningResource = f.iriId(SCHEMA.LearningResource.getURI());
    name = f.iriId(SCHEMA.name.getURI());
    url = f.iriId(SCHEMA.url.getURI());
    timeRequired = f.iriId(SCHEMA.timeRequired.getURI());
    numberOfPages = f.iriId(SCHEMA.numberOfPages.getURI());
    wordCount = f.iriId(SCHEMA.wordCount.getURI());
    resourceType = f.iriId(SCHEMA.learningResourceType.getURI());
    level = f.iriId(SCHEMA.educationalLevel.getURI());
    free = f.iriId(SCHEMA.isAccessibleForFree.getURI());
    position = f.iriId(SCHEMA.position.getURI());
    partOf = f.iriId(SCHEMA.isPartOf.getURI());
    author = f.iriId(SCHEMA.author.getURI());
    pagination = f.iriId(SCHEMA.pagination.getURI());
    teaches = f.iriId(SCHEMA.teaches.getURI());
    Terms.KIND_CLASSES.forEach((cls, kind) -> kinds.put(kind, f.iriId(cls.getURI())));
  }
}
