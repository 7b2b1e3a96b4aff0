package io.github.mlpath.graph.merge;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.compare.AlignedTopic;
import io.github.mlpath.core.compare.Alignment;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.ValidationReport;
import io.github.mlpath.graph.imports.mapping.ConceptMapping;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.validate.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;

/**
 * Merges a user's RDF into the bundled curriculum so that each concept is one topic: a topic of the
 * user's that is the same concept as a bundled one (a line of the mapping file, else the same
 * Wikipedia article, else the same name: core's {@link Alignment}) takes the bundled topic's IRI,
 * so its edges, reasons and resources join the bundled topic's. Where both describe the topic, the
 * bundled values are kept ({@link Reconciler}); a user's topic whose id a different bundled topic
 * has is kept apart under a new id; an edge of the user's that, with the bundled ones, closes a
 * cycle is dropped ({@link MergeCycles}). Every merge, conflict and drop is a {@link Problem}
 * located in the user's file: info for merges, warnings for the rest.
 *
 * <pre>{@code
 * Merger.Merged m = Merger.merge(RdfLoader.bundled(), RdfLoader.files(paths), ConceptMapping.none());
 * Curriculum c = CurriculumReader.read(m.graph());
 * }</pre>
 */
public final class Merger {
  /** Notes and problems by severity, then file and line; the merge's own order breaks ties. */
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::severity)
          .thenComparing(p -> p.location().map(SourceLocation::source).orElse("~"))
          .thenComparingLong(p -> p.location().map(SourceLocation::line).orElse(0L));

  private Merger() {}

  /**
   * A merged curriculum and what the merge did.
   *
   * @param graph the merged triples; locations come from the user's files first
   * @param notes every merge (info), conflict and drop (warnings), in the order found
   */
  public record Merged(LoadedGraph graph, List<Problem> notes) {
    public Merged {
      notes = List.copyOf(notes);
    }
  }

  /** One line for planning commands saying what a merge did; see {@link MergeSummary#of}. */
  public static Optional<String> summary(List<Problem> notes) {
    return MergeSummary.of(notes);
  }

  /**
   * Validates the user's files merged into the bundled curriculum: what does not parse is a problem
   * of its own, as in {@link Validator#check}; otherwise the merge's notes come with the problems
   * of the merged curriculum, errors first.
   */
  public static ValidationReport validate(
      List<DataSource> base, List<DataSource> added, ConceptMapping mapping) {
    List<DataSource> all = new ArrayList<>(base);
    all.addAll(added);
    if (!RdfLoader.tryLoad(RdfLoader.withVocabulary(all)).errors().isEmpty()) {
      return Validator.check(RdfLoader.withVocabulary(all));
    }
    Merged m = merge(base, added, mapping);
    List<Problem> problems = new ArrayList<>(Validator.validate(m.graph()).problems());
    problems.addAll(m.notes());
    problems.sort(ORDER);
    return new ValidationReport(problems);
  }

  /**
   * Merges {@code added} into {@code base}.
   *
   * @param base the bundled curriculum's sources (without the vocabulary)
   * @param added the user's sources
   * @param mapping user ids to bundled ids that are one concept; a bundled id of {@code -} keeps
   *     the user's topic apart
   * @throws io.github.mlpath.graph.GraphException if a source cannot be read or parsed
   */
  public static Merged merge(
      List<DataSource> base, List<DataSource> added, ConceptMapping mapping) {
    LoadedGraph b = RdfLoader.load(RdfLoader.withVocabulary(base));
    LoadedGraph a = RdfLoader.load(RdfLoader.withVocabulary(added));
    MergeNotes notes = new MergeNotes();
    Set<String> baseTopics = iris(b.model());
    Set<String> addedTopics = iris(a.model());
    Map<String, String> rename = aligned(a, b, baseTopics, addedTopics, mapping, notes);
    keepApart(a, b, addedTopics, baseTopics, rename, notes);
    Model merged = union(b.model(), a.model(), rename);
    Map<String, String> originalOf = new LinkedHashMap<>();
    rename.forEach((from, to) -> originalOf.putIfAbsent(to, from));
    for (String iri : addedTopics) {
      String target = rename.getOrDefault(iri, iri);
      if (baseTopics.contains(target)) {
        Reconciler.topic(merged, b, a, target, iri, notes);
      }
    }
    MergedEdges edges = new MergedEdges(merged, b, a, originalOf, notes);
    UmbrellaEdges.drop(edges);
    MergeCycles.drop(edges);
    List<Problem> found = new ArrayList<>(notes.all());
    found.sort(ORDER);
    LoadedGraph located =
        LoadedGraph.combine(merged, List.of(LoadedGraph.renamed(a, originalOf), b));
    return new Merged(located, found);
  }

  /**
   * The user's topics that are bundled ones (mapping, article, name), each IRI to the bundled
   * topic's, with an info note each; topics a mapping line keeps apart take no part.
   */
  private static Map<String, String> aligned(
      LoadedGraph a,
      LoadedGraph b,
      Set<String> baseTopics,
      Set<String> addedTopics,
      ConceptMapping mapping,
      MergeNotes notes) {
    Set<String> apart =
        mapping.entries().stream()
            .filter(e -> e.second().equals("-"))
            .map(ConceptMapping.Entry::first)
            .collect(Collectors.toSet());
    Map<String, String> pairs = new LinkedHashMap<>(mapping.asMap());
    pairs.values().removeIf("-"::equals);
    Curriculum bt = TopicTable.of(b.model(), iri -> !addedTopics.contains(iri));
    Curriculum at =
        TopicTable.of(
            a.model(), iri -> !baseTopics.contains(iri) && !apart.contains(Terms.id(iri)));
    Map<String, String> rename = new LinkedHashMap<>();
    for (AlignedTopic p : Alignment.of(at, bt, pairs).pairs()) {
      String from = at.iri(at.indexOf(p.a().id()).getAsInt());
      String to = bt.iri(bt.indexOf(p.b().id()).getAsInt());
      rename.put(from, to);
      notes.info(
          "merged",
          to,
          a.locate(from),
          "topic '"
              + p.a().id()
              + "' is the bundled topic '"
              + p.b().id()
              + "' (same "
              + p.by().slug()
              + ": "
              + p.key()
              + "): merged");
    }
    return rename;
  }

  /** A user's topic whose id a different bundled topic has gets a free id of its own. */
  private static void keepApart(
      LoadedGraph a,
      LoadedGraph b,
      Set<String> addedTopics,
      Set<String> baseTopics,
      Map<String, String> rename,
      MergeNotes notes) {
    Set<String> ids = new HashSet<>();
    baseTopics.forEach(t -> ids.add(Terms.id(t)));
    addedTopics.forEach(t -> ids.add(Terms.id(t)));
    Set<String> baseIds = baseTopics.stream().map(Terms::id).collect(Collectors.toSet());
    for (String iri : addedTopics.stream().sorted().toList()) {
      String id = Terms.id(iri);
      if (rename.containsKey(iri) || baseTopics.contains(iri) || !baseIds.contains(id)) {
        continue;
      }
      String fresh = id + "-2";
      for (int n = 3; ids.contains(fresh); n++) {
        fresh = id + "-" + n;
      }
      ids.add(fresh);
      String to = iri.substring(0, iri.length() - id.length()) + fresh;
      rename.put(iri, to);
      notes.warning(
          "merge-id",
          to,
          a.locate(iri),
          "topic '"
              + id
              + "' has the id of a different bundled topic"
              + b.locate(
                      baseTopics.stream()
                          .filter(t -> Terms.id(t).equals(id))
                          .findFirst()
                          .orElseThrow())
                  .map(l -> " (" + l + ")")
                  .orElse("")
              + ": kept apart as '"
              + fresh
              + "'; a mapping line '"
              + id
              + ","
              + id
              + "' merges them instead");
    }
  }

  private static Model union(Model base, Model added, Map<String, String> rename) {
    Model out = ModelFactory.createDefaultModel();
    out.setNsPrefixes(base.getNsPrefixMap());
    out.add(base);
    added
        .listStatements()
        .forEachRemaining(
            s ->
                out.add(
                    renamed(out, s.getSubject(), rename),
                    s.getPredicate(),
                    s.getObject().isResource()
                        ? renamed(out, s.getObject().asResource(), rename)
                        : s.getObject()));
    return out;
  }

  private static Resource renamed(Model m, Resource r, Map<String, String> rename) {
    if (r.isURIResource() && rename.containsKey(r.getURI())) {
      return m.createResource(rename.get(r.getURI()));
    }
    return r;
  }

  private static Set<String> iris(Model m) {
    return Terms.topics(m).stream().map(Resource::getURI).collect(Collectors.toSet());
  }
}
