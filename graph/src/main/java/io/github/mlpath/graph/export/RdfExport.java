package io.github.mlpath.graph.export;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.vocab.MLP;
import io.github.mlpath.graph.vocab.SCHEMA;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * The RDF exports, written by Jena from the loaded model. The vocabulary's own triples are left out
 * (loading always adds them back), so loading the whole export gives a graph isomorphic to the one
 * loaded. A subset keeps, for each selected topic, its triples minus those pointing at topics left
 * out, with the qualified-requirement nodes of the edges kept; the resources that teach a selected
 * topic or are its start-with resource, and the series, books or courses they are part of; and the
 * selected topics' areas. So a subset loads on its own, with no edge to an undefined topic.
 */
final class RdfExport implements FormatWriter {
  private final RDFFormat format;

  RdfExport(RDFFormat format) {
    this.format = format;
  }

  @Override
  public boolean needsGraph() {
    return true;
  }

  /**
   * Writes through a character stream, which Jena deprecates because a Writer may not be UTF-8; the
   * CLI's writers always are (files and standard output alike).
   */
  @Override
  @SuppressWarnings("deprecation")
  public void write(Optional<LoadedGraph> graph, Curriculum c, Selection s, Writer out) {
    LoadedGraph g = graph.orElseThrow(() -> new IllegalArgumentException("RDF needs the graph"));
    RDFWriter.source(select(g, c, s)).format(format).build().output(out);
  }

  /** The triples the export writes, with the loaded model's prefixes. */
  static Model select(LoadedGraph g, Curriculum c, Selection s) {
    Model source = g.model();
    Model out = ModelFactory.createDefaultModel();
    out.setNsPrefixes(source.getNsPrefixMap());
    Model vocabulary = RdfLoader.load(List.of(RdfLoader.vocabulary())).model();
    if (s.isAll()) {
      out.add(source.difference(vocabulary));
      return out;
    }
    Set<String> allTopics = new HashSet<>();
    Set<String> selected = new HashSet<>();
    for (int v = 0; v < c.size(); v++) {
      allTopics.add(c.iri(v));
      if (s.contains(v)) {
        selected.add(c.iri(v));
      }
    }
    Set<Resource> related = addTopics(source, selected, allTopics, out);
    addRelated(source, related, selected, allTopics, out);
    return out.remove(vocabulary);
  }

  /**
   * Adds the selected topics' triples to {@code out}, minus those pointing at topics left out;
   * returns what they relate to that the subset must carry too (areas, resources).
   */
  private static Set<Resource> addTopics(
      Model source, Set<String> selected, Set<String> allTopics, Model out) {
    Set<Resource> related = new HashSet<>();
    for (String iri : selected) {
      Resource t = source.createResource(iri);
      for (Statement st : t.listProperties().toList()) {
        RDFNode o = st.getObject();
        if (leftOut(o, allTopics, selected)) {
          continue;
        }
        if (st.getPredicate().equals(MLP.qualifiedRequirement) && o.isResource()) {
          Resource required = o.asResource().getPropertyResourceValue(MLP.requiredTopic);
          if (required != null && leftOut(required, allTopics, selected)) {
            continue;
          }
        }
        out.add(st);
        if (o.isAnon()) {
          addBlankClosure(o.asResource(), out);
        } else if (st.getPredicate().equals(MLP.area) || st.getPredicate().equals(MLP.startWith)) {
          related.add(o.asResource());
        }
      }
      source.listSubjectsWithProperty(SCHEMA.teaches, t).forEach(related::add);
    }
    return related;
  }

  /** Adds the triples of the related non-topics, and of the series or books they are part of. */
  private static void addRelated(
      Model source, Set<Resource> related, Set<String> selected, Set<String> allTopics, Model out) {
    Deque<Resource> todo = new ArrayDeque<>(related);
    Set<Resource> done = new HashSet<>();
    while (!todo.isEmpty()) {
      Resource r = todo.pop();
      if (!r.isURIResource() || !done.add(r) || allTopics.contains(r.getURI())) {
        continue;
      }
      for (Statement st : source.listStatements(r, null, (RDFNode) null).toList()) {
        RDFNode o = st.getObject();
        if (leftOut(o, allTopics, selected)) {
          continue;
        }
        out.add(st);
        if (o.isAnon()) {
          addBlankClosure(o.asResource(), out);
        } else if (st.getPredicate().equals(SCHEMA.isPartOf) && o.isURIResource()) {
          todo.push(o.asResource());
        }
      }
    }
  }

  private static boolean leftOut(RDFNode o, Set<String> allTopics, Set<String> selected) {
    return o.isURIResource()
        && allTopics.contains(o.asResource().getURI())
        && !selected.contains(o.asResource().getURI());
  }

  /** The statements of a blank node and of the blank nodes under it. */
  private static void addBlankClosure(Resource blank, Model out) {
    Deque<Resource> todo = new ArrayDeque<>();
    Set<Resource> seen = new HashSet<>();
    todo.push(blank);
    while (!todo.isEmpty()) {
      Resource b = todo.pop();
      if (!seen.add(b)) {
        continue;
      }
      for (Statement st : b.listProperties().toList()) {
        out.add(st);
        if (st.getObject().isAnon()) {
          todo.push(st.getObject().asResource());
        }
      }
    }
  }
}
