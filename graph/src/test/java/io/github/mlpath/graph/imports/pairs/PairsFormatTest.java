package io.github.mlpath.graph.imports.pairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.imports.ImportException;
import io.github.mlpath.graph.imports.ImportReport;
import io.github.mlpath.graph.imports.ImportSettings;
import io.github.mlpath.graph.imports.Imports;
import io.github.mlpath.graph.imports.run.Importer;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class PairsFormatTest {
  private static final String LB = "src/test/resources/imports/lecturebank/";
  private static final String T = "https://w3id.org/mlpath/import/lecturebank/topic/";

  private static Importer.ImportResult lectureBank(boolean lenient) {
    return Imports.run(
        new PairsFormat(new LectureBankLayout(Imports.fixture("lecturebank/topics.csv"))),
        "lecturebank/pairs.csv",
        lenient);
  }

  @Test
  void lectureBankLabelOneMeansTheFirstIdIsAPrerequisiteOfTheSecond() {
    Curriculum c = Imports.curriculum(lectureBank(true).turtle());
    int dot = c.indexOf("dot-product").getAsInt();
    assertEquals(1, c.requires().degree(dot));
    assertEquals("vectors", c.id(c.requires().target(c.requires().start(dot))));
  }

  @Test
  void lectureBankReportFindsEveryQuirkOfTheFiles() {
    ImportReport r = lectureBank(false).report();
    assertEquals(
        List.of(
            LB
                + "topics.csv:7: 6 fields where 3 were expected; read the topic as 'Information"
                + " theory: coding, compression, mutual information'",
            LB + "pairs.csv:12: 1 column where 3 were expected: skipped",
            LB + "pairs.csv:13: label 'x' is neither 0 nor 1: skipped"),
        Imports.lines(r.notes()));
    assertEquals(
        List.of(
            LB
                + "pairs.csv:9: Linear regression (3) requires '10', which the dataset does not"
                + " define"),
        Imports.lines(r.dangling()));
    assertEquals(
        List.of(LB + "pairs.csv:10: topic 'attention-models' requires itself"),
        Imports.lines(r.selfLoops()));
    assertEquals(
        List.of(
            LB
                + "topics.csv:6: topics entropy, cross-entropy link to one Wikipedia article,"
                + " https://en.wikipedia.org/wiki/Entropy_(information_theory): each is written as"
                + " a close match, so none is merged by it",
            LB
                + "pairs.csv:8: linear-regression -> dot-product is stated again (first at "
                + LB
                + "pairs.csv:2): kept once"),
        Imports.lines(r.duplicates()));
    assertEquals(
        List.of(List.of("gradient-descent", "linear-regression")),
        r.cycles().stream().map(ImportReport.Cycle::topics).toList());
    assertEquals(2, r.read().negativePairs());
  }

  @Test
  void lenientLectureBankDropsTheLaterOfTwoOppositePairs() {
    ImportReport r = lectureBank(true).report();
    assertEquals(
        LB
            + "pairs.csv:4: dropped linear-regression -> gradient-descent: it closes the cycle"
            + " gradient-descent -> linear-regression -> gradient-descent",
        Imports.lines(r.dropped()).get(2));
    assertTrue(r.valid(), r.validation().toString());
  }

  @Test
  void anArticleSharedOrASectionIsOnlyACloseMatch() {
    Model m = Imports.load(lectureBank(true).turtle()).model();
    assertTrue(m.getResource(T + "entropy").hasProperty(SKOS.closeMatch));
    assertTrue(m.getResource(T + "variational-autoencoders").hasProperty(SKOS.closeMatch));
    assertEquals(
        "https://en.wikipedia.org/wiki/Dot_product",
        m.getResource(T + "dot-product").getPropertyResourceValue(SKOS.exactMatch).getURI());
    assertEquals("2", m.getResource(T + "dot-product").getProperty(SKOS.notation).getString());
  }

  @Test
  void alCplSecondColumnIsThePrerequisiteAndNamesAreWikipediaTitles() {
    Importer.ImportResult r =
        Importer.run(
            new PairsFormat(new AlCplLayout()),
            Imports.fixture("al-cpl/geometry.preqs"),
            ImportSettings.defaults("al-cpl"),
            true,
            "out.ttl",
            "test");
    Curriculum c = Imports.curriculum(r.turtle());
    int diameter = c.indexOf("diameter").getAsInt();
    assertEquals("radius", c.id(c.requires().target(c.requires().start(diameter))));
    int point = c.indexOf("point-geometry").getAsInt();
    assertEquals("Point (geometry)", c.label(point));
    assertEquals(List.of("https://en.wikipedia.org/wiki/Point_(geometry)"), c.matches(point));
    assertEquals(
        List.of(List.of("circle", "radius")),
        r.report().cycles().stream().map(ImportReport.Cycle::topics).toList());
  }

  @Test
  void alCplPairsFileIsRefusedBecauseItHasNoLabels() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                new PairsFormat(new AlCplLayout())
                    .read(Imports.fixture("al-cpl/geometry.pairs"), ImportSettings.defaults("x")));
    assertTrue(e.getMessage().contains("import the .preqs file"), e.getMessage());
  }

  @Test
  void genericLayoutFindsColumnsByHeaderNameAndKeepsOnlyLabelOne() {
    Importer.ImportResult r =
        Imports.run(
            new PairsFormat(
                new GenericLayout("first", "needs", Optional.of("ok"), Optional.empty(), false)),
            "generic/pairs.tsv",
            false);
    assertTrue(r.report().valid());
    assertEquals(3, r.report().written().edges());
    assertEquals(1, r.report().written().negativePairs());
    Curriculum c = Imports.curriculum(r.turtle());
    int backprop = c.indexOf("backpropagation").getAsInt();
    assertEquals(2, c.requires().degree(backprop));
    assertEquals(0, c.requires().degree(c.indexOf("derivatives").getAsInt()));
  }

  @Test
  void genericLayoutNamesAColumnTheHeaderLacks() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                new PairsFormat(
                        new GenericLayout(
                            "before", "needs", Optional.empty(), Optional.empty(), true))
                    .read(Imports.fixture("generic/pairs.tsv"), ImportSettings.defaults("x")));
    assertEquals(
        "src/test/resources/imports/generic/pairs.tsv:1: no column named 'before'; the header has"
            + " needs, first, ok",
        e.getMessage());
  }
}
