package io.github.mlpath.graph.read;

import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.CurriculumException;
import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.lookup.Similarity;
import io.github.mlpath.graph.InvalidDataException;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.vocab.MLP;
import io.github.mlpath.graph.vocab.SCHEMA;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns loaded RDF into the immutable core {@link Curriculum}: topics (anything typed with one of
 * the four kind classes), {@code mlp:requires} edges with the reasons of their qualified nodes
 * ({@code mlp:requiresGist} marks an edge as a gist edge), areas, and {@code
 * schema:LearningResource}s. A qualified node without its direct edge still counts as the edge
 * ({@code mlpath validate} warns about it).
 */
public final class CurriculumReader {
  private CurriculumReader() {}

  /**
   * Reads the curriculum.
   *
   * @throws InvalidDataException naming the first topic that cannot be read, and where it is
   */
  public static Curriculum read(LoadedGraph loaded) {
    Model m = loaded.model();
    CurriculumBuilder b = new CurriculumBuilder();
    m.listSubjectsWithProperty(RDF.type, MLP.Area).toList().stream()
        .filter(org.apache.jena.rdf.model.Resource::isURIResource)
        .sorted((x, y) -> x.getURI().compareTo(y.getURI()))
        .forEach(
            a ->
                b.addArea(
                    new Area(
                        Terms.id(a.getURI()),
                        a.getURI(),
                        Terms.text(a, SKOS.prefLabel)
                            .or(() -> Terms.text(a, RDFS.label))
                            .orElse(Terms.id(a.getURI())))));
    List<org.apache.jena.rdf.model.Resource> topics = Terms.topics(m);
    Map<String, String> idsByIri = new HashMap<>();
    for (var t : topics) {
      idsByIri.put(t.getURI(), Terms.id(t.getURI()));
    }
    try {
      for (var t : topics) {
        b.addTopic(topic(loaded, t));
      }
      for (var t : topics) {
        String from = idsByIri.get(t.getURI());
        Map<String, String> reasons = reasons(t);
        for (RDFNode o : t.listProperties(MLP.requires).mapWith(Statement::getObject).toList()) {
          String to = requiredId(loaded, t, o, idsByIri);
          b.addPrerequisite(from, to, reasons.remove(to));
        }
        for (Map.Entry<String, String> qualifiedOnly : reasons.entrySet()) {
          b.addPrerequisite(from, qualifiedOnly.getKey(), qualifiedOnly.getValue());
        }
        for (RDFNode o :
            t.listProperties(MLP.requiresGist).mapWith(Statement::getObject).toList()) {
          String to = requiredId(loaded, t, o, idsByIri);
          b.addPrerequisite(from, to).markGist(from, to);
        }
        for (RDFNode r : t.listProperties(MLP.startWith).mapWith(Statement::getObject).toList()) {
          if (r.isURIResource()) {
            b.startWith(from, Terms.id(r.asResource().getURI()));
          }
        }
      }
      for (var r :
          m.listSubjectsWithProperty(RDF.type, SCHEMA.LearningResource).toList().stream()
              .filter(org.apache.jena.rdf.model.Resource::isURIResource)
              .sorted((x, y) -> x.getURI().compareTo(y.getURI()))
              .toList()) {
        b.addResource(resource(r, idsByIri));
      }
      return b.build();
    } catch (CurriculumException e) {
      throw new InvalidDataException(e.getMessage());
    }
  }

  private static Topic topic(LoadedGraph loaded, org.apache.jena.rdf.model.Resource t) {
    String iri = t.getURI();
    String id = Terms.id(iri);
    List<TopicKind> kinds = Terms.kinds(t);
    if (kinds.size() != 1) {
      throw invalid(
          loaded,
          iri,
          "topic '"
              + id
              + "' "
              + (kinds.isEmpty()
                  ? "has no kind (mlp:ProgrammingSkill, mlp:Project, mlp:MLConcept or mlp:MathTopic)"
                  : "has " + kinds.size() + " kinds; give it exactly one"));
    }
    String label =
        Terms.text(t, SKOS.prefLabel)
            .or(() -> Terms.text(t, RDFS.label))
            .orElseThrow(() -> invalid(loaded, iri, "topic '" + id + "' has no skos:prefLabel"));
    Optional<String> area =
        Optional.ofNullable(t.getPropertyResourceValue(MLP.area))
            .filter(org.apache.jena.rdf.model.Resource::isURIResource)
            .map(a -> Terms.id(a.getURI()));
    List<String> broader =
        t
            .listProperties(SKOS.broader)
            .mapWith(Statement::getObject)
            .filterKeep(RDFNode::isURIResource)
            .mapWith(n -> Terms.id(n.asResource().getURI()))
            .toList()
            .stream()
            .sorted()
            .toList();
    List<String> matches =
        t
            .listProperties(SKOS.exactMatch)
            .mapWith(Statement::getObject)
            .filterKeep(RDFNode::isURIResource)
            .mapWith(n -> n.asResource().getURI())
            .toList()
            .stream()
            .sorted()
            .toList();
    Topic topic =
        new Topic(
                id,
                iri,
                label,
                kinds.get(0),
                area,
                Terms.texts(t, SKOS.altLabel),
                Terms.text(t, SKOS.definition),
                broader,
                Terms.text(t, MLP.learningTime).flatMap(Durations::parse),
                matches)
            .withUmbrella(t.hasProperty(RDF.type, MLP.Umbrella));
    OptionalInt order = Terms.integer(t, MLP.teachingOrder);
    return order.isPresent() ? topic.withTeachingOrder(order.getAsInt()) : topic;
  }

  private static Map<String, String> reasons(org.apache.jena.rdf.model.Resource t) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (RDFNode q :
        t.listProperties(MLP.qualifiedRequirement).mapWith(Statement::getObject).toList()) {
      if (!q.isResource()) {
        continue;
      }
      var required = q.asResource().getPropertyResourceValue(MLP.requiredTopic);
      if (required == null || !required.isURIResource()) {
        continue;
      }
      String reason = Terms.text(q.asResource(), MLP.reason).orElse("");
      out.merge(Terms.id(required.getURI()), reason, (a, b) -> a.isEmpty() ? b : a);
    }
    return out;
  }

  private static String requiredId(
      LoadedGraph loaded,
      org.apache.jena.rdf.model.Resource t,
      RDFNode o,
      Map<String, String> idsByIri) {
    String from = Terms.id(t.getURI());
    if (!o.isURIResource()) {
      throw invalid(
          loaded, t.getURI(), "topic '" + from + "' requires " + o + ", which is not a topic IRI");
    }
    String id = idsByIri.get(o.asResource().getURI());
    if (id == null) {
      String missing = Terms.id(o.asResource().getURI());
      List<String> close =
          Similarity.closest(missing, idsByIri.values().stream().sorted().toList(), 3);
      throw invalid(
          loaded,
          t.getURI(),
          "topic '"
              + from
              + "' requires undefined topic '"
              + missing
              + "'"
              + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
    }
    return id;
  }

  private static Resource resource(
      org.apache.jena.rdf.model.Resource r, Map<String, String> idsByIri) {
    Optional<String> url =
        Optional.ofNullable(r.getProperty(SCHEMA.url))
            .map(Statement::getObject)
            .map(
                n ->
                    n.isURIResource()
                        ? n.asResource().getURI()
                        : n.isLiteral() ? n.asLiteral().getLexicalForm() : null);
    Optional<Boolean> free =
        Optional.ofNullable(r.getProperty(SCHEMA.isAccessibleForFree))
            .map(Statement::getObject)
            .filter(RDFNode::isLiteral)
            .map(n -> n.asLiteral().getLexicalForm().equals("true"));
    OptionalInt position = Terms.integer(r, SCHEMA.position);
    List<String> teaches = new ArrayList<>();
    for (RDFNode n : r.listProperties(SCHEMA.teaches).mapWith(Statement::getObject).toList()) {
      if (n.isURIResource() && idsByIri.containsKey(n.asResource().getURI())) {
        teaches.add(idsByIri.get(n.asResource().getURI()));
      }
    }
    teaches.sort(null);
    return new Resource(
        Terms.id(r.getURI()),
        r.getURI(),
        Terms.text(r, SCHEMA.name).orElse(Terms.id(r.getURI())),
        url,
        Terms.text(r, SCHEMA.learningResourceType).flatMap(Medium::fromSlug),
        Terms.text(r, SCHEMA.duration)
            .or(() -> Terms.text(r, SCHEMA.timeRequired))
            .flatMap(Durations::parse),
        free,
        Terms.text(r, SCHEMA.educationalLevel).flatMap(Depth::fromSlug),
        Terms.texts(r, SCHEMA.author),
        Optional.ofNullable(r.getPropertyResourceValue(SCHEMA.isPartOf))
            .filter(org.apache.jena.rdf.model.Resource::isURIResource)
            .map(p -> Terms.id(p.getURI())),
        position,
        Terms.text(r, SCHEMA.pagination),
        teaches);
  }

  private static InvalidDataException invalid(LoadedGraph loaded, String iri, String message) {
    return new InvalidDataException(
        loaded.locate(iri).map(l -> l + ": ").orElse("<" + iri + ">: ") + message);
  }
}
