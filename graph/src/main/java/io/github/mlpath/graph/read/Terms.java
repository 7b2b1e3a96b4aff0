package io.github.mlpath.graph.read;

import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.vocab.MLP;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** How mlpath reads its terms off a Jena model: ids, labels, kinds, the set of topics. */
public final class Terms {
  private Terms() {}

  /** The class of each kind: the one place a kind and its RDF class are paired. */
  public static final Map<Resource, TopicKind> KIND_CLASSES =
      Map.of(
          MLP.ProgrammingSkill, TopicKind.PROGRAMMING,
          MLP.Project, TopicKind.PROJECT,
          MLP.MLConcept, TopicKind.ML_CONCEPT,
          MLP.MathTopic, TopicKind.MATH);

  /** The RDF class of a kind, such as {@code mlp:MathTopic}. */
  public static Resource classOf(TopicKind kind) {
    for (Map.Entry<Resource, TopicKind> e : KIND_CLASSES.entrySet()) {
      if (e.getValue() == kind) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("no class for kind " + kind);
  }

  /** The id of an IRI: what follows its last {@code /} or {@code #}. */
  public static String id(String iri) {
    int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
    return iri.substring(cut + 1);
  }

  /** {@code mlp:Topic} and the class of each kind, in kind order: what makes a resource a topic. */
  public static final List<Resource> TOPIC_CLASSES = topicClasses();

  private static List<Resource> topicClasses() {
    List<Resource> out = new ArrayList<>(List.of(MLP.Topic));
    for (TopicKind k : TopicKind.values()) {
      out.add(classOf(k));
    }
    return List.copyOf(out);
  }

  /** Every resource typed with a kind class or {@code mlp:Topic}, in IRI order. */
  public static List<Resource> topics(Model m) {
    Set<Resource> out = new LinkedHashSet<>();
    for (Resource kind : TOPIC_CLASSES) {
      m.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(out::add);
    }
    List<Resource> sorted = new ArrayList<>();
    for (Resource r : out) {
      if (r.isURIResource()) {
        sorted.add(r);
      }
    }
    sorted.sort((a, b) -> a.getURI().compareTo(b.getURI()));
    return sorted;
  }

  /** The kinds a topic is typed with. */
  public static List<TopicKind> kinds(Resource topic) {
    List<TopicKind> out = new ArrayList<>();
    for (TopicKind k : TopicKind.values()) {
      KIND_CLASSES.forEach(
          (cls, kind) -> {
            if (kind == k && topic.hasProperty(RDF.type, cls)) {
              out.add(k);
            }
          });
    }
    return out;
  }

  /** The best literal of {@code p}: English first, then no language, then any; by lexical form. */
  public static Optional<String> text(Resource r, Property p) {
    BestText best = new BestText();
    for (RDFNode n : r.listProperties(p).mapWith(s -> s.getObject()).toList()) {
      if (n.isLiteral()) {
        best.offer(n.asLiteral().getLexicalForm(), n.asLiteral().getLanguage());
      }
    }
    return best.best();
  }

  /** Every literal value of {@code p}, sorted. */
  public static List<String> texts(Resource r, Property p) {
    return r
        .listProperties(p)
        .mapWith(s -> s.getObject())
        .filterKeep(RDFNode::isLiteral)
        .mapWith(n -> n.asLiteral().getLexicalForm())
        .toList()
        .stream()
        .sorted()
        .distinct()
        .toList();
  }

  /**
   * The smallest integer value of {@code p} (a literal of up to nine digits, with an optional minus
   * sign), if any: the form of {@code schema:position} and {@code mlp:teachingOrder}.
   */
  public static OptionalInt integer(Resource r, Property p) {
    return texts(r, p).stream()
        .filter(s -> s.matches("-?\\d{1,9}"))
        .mapToInt(Integer::parseInt)
        .min();
  }
}
