package io.github.mlpath.graph.imports.metacademy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.imports.ImportException;
import io.github.mlpath.graph.imports.ImportReport;
import io.github.mlpath.graph.imports.ImportSettings;
import io.github.mlpath.graph.imports.Imports;
import io.github.mlpath.graph.imports.run.Importer;
import io.github.mlpath.graph.validate.Validator;
import io.github.mlpath.graph.vocab.MLP;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class MetacademyFormatTest {
  private static final String T = "https://w3id.org/mlpath/import/metacademy/topic/";

  private static Importer.ImportResult strict() {
    return Imports.run(new MetacademyFormat(), "metacademy", false);
  }

  private static Importer.ImportResult lenient() {
    return Imports.run(new MetacademyFormat(), "metacademy", true);
  }

  @Test
  void reportNamesEachProblemAtTheDatasetLineThatStatesIt() {
    ImportReport r = strict().report();
    assertEquals(
        List.of(
            "concepts/linear_regression/dependencies.txt:7: linear_regression requires"
                + " 'least_squares_magic', which the dataset does not define"),
        Imports.lines(r.dangling()));
    assertEquals(
        List.of("concepts/k_means_pp/dependencies.txt:4: topic 'k-means-pp' requires itself"),
        Imports.lines(r.selfLoops()));
    assertEquals(
        List.of(
            "concepts/kmeans_clustering/title.txt:1: topic 'kmeans-clustering' has the label"
                + " \"K-Means\" of 'k-means' (concepts/k_means/title.txt:1)"),
        Imports.lines(r.duplicates()));
    assertEquals(
        List.of(
            new ImportReport.Cycle(
                List.of("gradient-descent", "linear-regression"),
                List.of("gradient-descent", "linear-regression"))),
        r.cycles());
    assertEquals(new ImportReport.Counts(7, 9, 1, 6, 8, 3, 1, 0), r.read());
  }

  @Test
  void strictOutputKeepsEveryProblemAndTheReportPointsAtItsLines() {
    Importer.ImportResult result = strict();
    assertFalse(result.report().valid());
    List<String> lines = result.turtle().lines().toList();
    List<String> rules = result.report().validation().stream().map(Problem::rule).toList();
    assertEquals(List.of("cycle", "duplicate-label", "self-requirement", "undefined-topic"), rules);
    for (Problem p : result.report().validation()) {
      // the line of the triple at fault, inside the block of the topic the problem is about
      int at = (int) p.location().orElseThrow().line() - 1;
      int block = at;
      while (block > 0 && !lines.get(block).startsWith("t:")) {
        block--;
      }
      String topic = "t:" + p.focus().orElseThrow().substring(p.focus().get().lastIndexOf('/') + 1);
      assertTrue(
          lines.get(block).equals(topic) || lines.get(block).startsWith(topic + " "),
          p + " points at '" + lines.get(at) + "', not into the block of " + topic);
      assertEquals("out.ttl", p.location().orElseThrow().source());
    }
  }

  @Test
  void lenientImportDropsALinePerProblemAndValidates() {
    Importer.ImportResult result = lenient();
    assertEquals(
        List.of(
            "concepts/kmeans_clustering/title.txt:1: merged topic 'kmeans-clustering' into"
                + " 'k-means': same label \"K-Means\"",
            "concepts/k_means_pp/dependencies.txt:4: dropped k-means-pp -> k-means-pp: topic"
                + " 'k-means-pp' requires itself",
            "concepts/linear_regression/dependencies.txt:7: dropped: linear_regression requires"
                + " 'least_squares_magic', which the dataset does not define",
            "concepts/linear_regression/dependencies.txt:4: dropped linear-regression ->"
                + " gradient-descent: it closes the cycle gradient-descent -> linear-regression"
                + " -> gradient-descent"),
        Imports.lines(result.report().dropped()));
    assertTrue(result.report().valid(), result.report().validation().toString());
    assertTrue(
        Validator.check(Imports.sources(result.turtle())).conforms(),
        "the file passes mlpath validate");
    assertEquals(new ImportReport.Counts(6, 6, 0, 5, 8, 3, 1, 0), result.report().written());
  }

  @Test
  void topicsKeepTheirTagTitleSummaryArticleAndLearningTime() {
    Model m = Imports.load(lenient().turtle()).model();
    var dot = m.getResource(T + "dot-product");
    assertEquals("dot_product", dot.getProperty(SKOS.notation).getString());
    assertEquals("dot product", dot.getProperty(SKOS.prefLabel).getString());
    Curriculum c = Imports.curriculum(lenient().turtle());
    int v = c.indexOf("dot-product").getAsInt();
    assertEquals(List.of("https://en.wikipedia.org/wiki/Dot_product"), c.matches(v));
    assertEquals(Optional.of(Duration.ofMinutes(30)), c.learningTime(v));
    assertEquals(
        Optional.of("The dot product multiplies two vectors into one number."), c.definition(v));
    assertEquals(
        Optional.of("The dot product takes two vectors."),
        c.reason(v, c.indexOf("vectors").getAsInt()));
  }

  @Test
  void mathCourseConceptsAreMathTopicsOfTheirAreaAndTheRestMlConcepts() {
    Curriculum c = Imports.curriculum(lenient().turtle());
    int vectors = c.indexOf("vectors").getAsInt();
    assertEquals(TopicKind.MATH, c.kind(vectors));
    assertEquals("linear-algebra", c.area(vectors).orElseThrow().id());
    assertEquals(TopicKind.ML_CONCEPT, c.kind(c.indexOf("linear-regression").getAsInt()));
  }

  @Test
  void shortcutDependencyIsAGistEdgeStatedBesideItsRequiresEdge() {
    Model m = Imports.load(strict().turtle()).model();
    var lr = m.getResource(T + "linear-regression");
    var gd = m.getResource(T + "gradient-descent");
    assertTrue(lr.hasProperty(MLP.requiresGist, gd));
    assertTrue(lr.hasProperty(MLP.requires, gd));
    assertFalse(lr.hasProperty(MLP.requiresGist, m.getResource(T + "dot-product")));
  }

  @Test
  void resourcesKeepLocationPriceLevelAndPagesAndTheirSource() {
    Curriculum c = Imports.curriculum(lenient().turtle());
    var part = c.resource("vectors-strang").orElseThrow();
    assertEquals("Linear Algebra Book: Section 1.1, \"Vectors,\" pages 1-10", part.title());
    assertEquals(Optional.of("1-10"), part.pagination());
    assertEquals(Optional.of(false), part.free());
    assertEquals(Optional.of("source-strang"), part.partOf());
    assertEquals(Optional.of("http://example.org/linear-algebra?edition=4%7Cprint"), part.url());
    var lecture = c.resource("linear-regression-lectures").orElseThrow();
    assertEquals(Optional.of("http://example.org/lectures/watch/12"), lecture.url());
    assertEquals(List.of("Ada Example", "Bob Example"), lecture.authors());
    assertEquals(
        "linear-regression-lectures",
        c.startWith(c.indexOf("linear-regression").getAsInt()).orElseThrow().id());
  }

  @Test
  void pathOnTheImportCountsTheDatasetsLearningTimes() {
    Curriculum c = Imports.curriculum(lenient().turtle());
    LearningPath path = Planner.of(c).path(PathRequest.to("linear regression"));
    assertEquals(
        List.of("vectors", "dot-product", "linear-regression"),
        path.steps().stream().map(s -> s.topic().id()).toList());
    assertEquals(1.5 + 0.5 + 2.25, path.totalHours(), 1e-9);
    assertEquals(0, path.estimatedSteps());
  }

  @Test
  void theSameDatasetAlwaysGivesTheSameFile() {
    assertEquals(lenient().turtle(), lenient().turtle());
  }

  @Test
  void aFolderWithoutConceptsIsRefusedSayingWhy() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                new MetacademyFormat()
                    .read(Imports.fixture("lecturebank"), ImportSettings.defaults("metacademy")));
    assertTrue(
        e.getMessage().endsWith("not a metacademy-content folder (it has no concepts/ folder)"));
  }
}
