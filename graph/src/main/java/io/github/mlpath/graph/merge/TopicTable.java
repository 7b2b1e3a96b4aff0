package io.github.mlpath.graph.merge;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicDetails;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.read.Terms;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

/**
 * The topics of one side of a merge as a core snapshot of names and matches only (no edges), so
 * core's {@link io.github.mlpath.core.compare.Alignment} can pair them. A second topic with an id
 * already taken on the same side is left out.
 */
final class TopicTable {
  private TopicTable() {}

  /** The topics of {@code m} for which {@code keep} holds. */
  static Curriculum of(Model m, Predicate<String> keep) {
    CurriculumBuilder b = new CurriculumBuilder();
    Set<String> ids = new HashSet<>();
    for (Resource t : Terms.topics(m)) {
      String id = Terms.id(t.getURI());
      if (!keep.test(t.getURI()) || !id.matches("[a-z0-9]+(-[a-z0-9]+)*") || !ids.add(id)) {
        continue;
      }
      List<TopicKind> kinds = Terms.kinds(t);
      b.addTopic(
          new Topic(
              id,
              t.getURI(),
              Terms.text(t, SKOS.prefLabel).orElse(id),
              kinds.isEmpty() ? TopicKind.MATH : kinds.get(0),
              Optional.empty(),
              new TopicDetails(
                  Terms.texts(t, SKOS.altLabel),
                  Optional.empty(),
                  List.of(),
                  Optional.empty(),
                  t.listProperties(SKOS.exactMatch)
                      .mapWith(Statement::getObject)
                      .filterKeep(RDFNode::isURIResource)
                      .mapWith(n -> n.asResource().getURI())
                      .toList(),
                  false,
                  OptionalInt.empty())));
    }
    return b.build();
  }
}
