package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.RdfReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RdfExportTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"TURTLE", "NTRIPLES", "JSONLD", "RDFXML"})
  void theWholeExportLoadsBackIntoTheSameGraph(ExportFormat format) {
    ExportFixtures f = ExportFixtures.bundled();
    LoadedGraph back = load(f.exportTo(dir, "all", f.all(), format));
    assertTrue(back.model().isIsomorphicWith(f.graph().model()), format.slug());
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"TURTLE", "NTRIPLES", "JSONLD", "RDFXML"})
  void aClosureLoadsOnItsOwnAsExactlyItsTriples(ExportFormat format) {
    ExportFixtures f = ExportFixtures.bundled();
    Selection s = f.closure("backpropagation");
    LoadedGraph back = load(f.exportTo(dir, "closure", s, format));
    Model expected = RdfExport.select(f.graph(), f.curriculum(), s);
    expected.add(RdfLoader.load(List.of(RdfLoader.vocabulary())).model());
    assertTrue(back.model().isIsomorphicWith(expected), format.slug());
    Curriculum c = f.curriculum();
    Curriculum sub = RdfReader.curriculumOf(back.model().getGraph());
    int backprop = c.indexOf("backpropagation").getAsInt();
    assertEquals(Closure.prerequisites(c, backprop).cardinality(), sub.size());
    assertEquals(edges(c, id -> s.contains(c.indexOf(id).getAsInt())), edges(sub, id -> true));
    assertTrue(
        sub.resourcesFor(sub.indexOf("derivatives").getAsInt()).size() > 0,
        "resources that teach a selected topic come along");
  }

  @Test
  void anAreaExportDropsEdgesToTopicsOutsideIt() {
    ExportFixtures f = ExportFixtures.bundled();
    LoadedGraph back =
        load(
            f.exportTo(
                dir, "calculus", Selection.area(f.curriculum(), "calculus"), ExportFormat.TURTLE));
    Curriculum sub = RdfReader.curriculumOf(back.model().getGraph());
    for (int v = 0; v < sub.size(); v++) {
      assertEquals("calculus", sub.area(v).orElseThrow().id());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"TURTLE", "JSONLD"})
  void rdflibParsesAsManyTriplesAsJena(ExportFormat format) {
    for (ExportFixtures f : List.of(ExportFixtures.bundled(), ExportFixtures.nasty())) {
      Path file = f.exportTo(dir, "export", f.all(), format);
      long jena = RDFParser.source(file).toModel().size();
      List<String> lines = rdflib(file, format);
      assertEquals(jena, Long.parseLong(lines.get(0)), format.slug());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"TURTLE", "JSONLD"})
  void rdflibReadsNastyLabelsUnchanged(ExportFormat format) {
    ExportFixtures f = ExportFixtures.nasty();
    List<String> lines = rdflib(f.exportTo(dir, "nasty", f.all(), format), format);
    Set<String> literals =
        lines.stream()
            .skip(1)
            .map(l -> JSON.parseAny(l).getAsString().value())
            .collect(Collectors.toSet());
    Curriculum c = f.curriculum();
    for (int v = 0; v < c.size(); v++) {
      assertTrue(literals.contains(c.label(v)), c.label(v));
    }
    assertTrue(literals.contains("because \"x < y\" & z\\w"));
  }

  private static List<String> rdflib(Path file, ExportFormat format) {
    String python = Tools.python("rdflib");
    String syntax = format == ExportFormat.JSONLD ? "json-ld" : "turtle";
    return Tools.succeed(python, Tools.script("rdflib_count.py"), file.toString(), syntax)
        .lines()
        .toList();
  }

  private static LoadedGraph load(Path file) {
    return RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.files(List.of(file))));
  }

  private static Set<String> edges(Curriculum c, java.util.function.Predicate<String> keep) {
    return c.prerequisites().stream()
        .filter(p -> keep.test(p.topic()) && keep.test(p.required()))
        .map(p -> p.topic() + " -> " + p.required() + ": " + p.reason().orElse(""))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
