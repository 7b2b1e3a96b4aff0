package io.github.mlpath.graph.validate;

import io.github.mlpath.core.lookup.Similarity;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.vocab.MLP;
import io.github.mlpath.graph.vocab.SCHEMA;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

/**
 * The rules that need the whole graph rather than one node: prerequisite cycles (every topic in
 * each), a topic requiring itself, references to undefined topics (with the closest ids), and two
 * topics with the same label.
 */
public final class GraphRules {
  private GraphRules() {}

  /** A problem found by a graph rule, before it is located in a file. */
  public record Finding(String rule, String focusIri, String message) {}

  public static List<Finding> check(Model m) {
    List<Resource> topics = Terms.topics(m);
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (Resource t : topics) {
      index.put(t.getURI(), ids.size());
      ids.add(Terms.id(t.getURI()));
    }
    List<Finding> out = new ArrayList<>();
    undefined(m, topics, index, ids, out);
    cycles(m, topics, index, ids, out);
    duplicateLabels(topics, out);
    return out;
  }

  private static void undefined(
      Model m,
      List<Resource> topics,
      Map<String, Integer> index,
      List<String> ids,
      List<Finding> out) {
    List<String> sortedIds = ids.stream().sorted().toList();
    for (Resource t : topics) {
      for (Property p : List.of(MLP.requires, MLP.requiresGist)) {
        for (RDFNode o : t.listProperties(p).mapWith(Statement::getObject).toList()) {
          checkDefined(t, "requires", o, index, sortedIds, out);
        }
      }
      for (RDFNode q :
          t.listProperties(MLP.qualifiedRequirement).mapWith(Statement::getObject).toList()) {
        if (q.isResource()) {
          for (RDFNode o :
              q.asResource()
                  .listProperties(MLP.requiredTopic)
                  .mapWith(Statement::getObject)
                  .toList()) {
            if (!t.hasProperty(MLP.requires, o)) {
              checkDefined(t, "has a qualified requirement on", o, index, sortedIds, out);
            }
          }
        }
      }
    }
    m.listStatements(null, SCHEMA.teaches, (RDFNode) null)
        .forEachRemaining(
            s -> {
              RDFNode o = s.getObject();
              if (o.isURIResource() && !index.containsKey(o.asResource().getURI())) {
                out.add(
                    new Finding(
                        "undefined-topic",
                        s.getSubject().isURIResource() ? s.getSubject().getURI() : null,
                        "resource teaches undefined topic '"
                            + Terms.id(o.asResource().getURI())
                            + "'"
                            + suggest(Terms.id(o.asResource().getURI()), sortedIds)));
              }
            });
  }

  private static void checkDefined(
      Resource t,
      String verb,
      RDFNode o,
      Map<String, Integer> index,
      List<String> sortedIds,
      List<Finding> out) {
    if (o.isURIResource() && index.containsKey(o.asResource().getURI())) {
      return;
    }
    String missing = o.isURIResource() ? Terms.id(o.asResource().getURI()) : o.toString();
    out.add(
        new Finding(
            "undefined-topic",
            t.getURI(),
            "topic '"
                + Terms.id(t.getURI())
                + "' "
                + verb
                + " undefined topic '"
                + missing
                + "'"
                + suggest(missing, sortedIds)));
  }

  private static String suggest(String missing, List<String> ids) {
    List<String> close = Similarity.closest(missing, ids, 3);
    return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
  }

  private static void cycles(
      Model m,
      List<Resource> topics,
      Map<String, Integer> index,
      List<String> ids,
      List<Finding> out) {
    io.github.mlpath.core.CurriculumBuilder b =
        new io.github.mlpath.core.CurriculumBuilder(topics.size());
    for (Resource t : topics) {
      b.addTopic(
          io.github.mlpath.core.Topic.of(
              Terms.id(t.getURI()),
              t.getURI(),
              Terms.id(t.getURI()),
              io.github.mlpath.core.TopicKind.MATH));
    }
    for (Resource t : topics) {
      List<RDFNode> required = new ArrayList<>();
      t.listProperties(MLP.requires).mapWith(Statement::getObject).forEachRemaining(required::add);
      t.listProperties(MLP.requiresGist)
          .mapWith(Statement::getObject)
          .forEachRemaining(required::add);
      for (RDFNode o : required) {
        if (o.isURIResource() && index.containsKey(o.asResource().getURI())) {
          b.addPrerequisite(Terms.id(t.getURI()), ids.get(index.get(o.asResource().getURI())));
        }
      }
    }
    var snapshot = b.build();
    for (List<String> cycle : io.github.mlpath.core.order.Cycles.find(snapshot)) {
      String first = snapshot.iri(snapshot.indexOf(cycle.get(0)).getAsInt());
      if (cycle.size() == 1) {
        out.add(
            new Finding("self-requirement", first, "topic '" + cycle.get(0) + "' requires itself"));
      } else {
        out.add(
            new Finding(
                "cycle",
                first,
                "prerequisite cycle of "
                    + cycle.size()
                    + " topics: "
                    + String.join(" -> ", cycle)
                    + " -> "
                    + cycle.get(0)));
      }
    }
  }

  private static void duplicateLabels(List<Resource> topics, List<Finding> out) {
    Map<String, Set<String>> byLabel = new TreeMap<>();
    Map<String, String> shown = new LinkedHashMap<>();
    for (Resource t : topics) {
      for (String label : Terms.texts(t, SKOS.prefLabel)) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        byLabel.computeIfAbsent(key, k -> new TreeSet<>()).add(t.getURI());
        shown.putIfAbsent(key, label);
      }
    }
    byLabel.forEach(
        (key, iris) -> {
          if (iris.size() > 1) {
            List<String> names = iris.stream().map(Terms::id).toList();
            out.add(
                new Finding(
                    "duplicate-label",
                    iris.iterator().next(),
                    "topics "
                        + String.join(", ", names)
                        + " share the label \""
                        + shown.get(key)
                        + "\""));
          }
        });
  }
}
