package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.UnknownTopicException;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.plan.NeedRequest;
import io.github.mlpath.core.plan.NextRequest;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.CurriculumSource;
import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.QueryTimeoutException;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.SparqlQuery;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link CurriculumSource} must do, written once and run against memory, TDB2 and a real
 * Fuseki server: the planning answers on the part of the graph a source fetches are the answers on
 * the whole bundled curriculum, and queries run safely with a timeout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CurriculumSourceContract {
  /** A source over the bundled curriculum (vocabulary included). */
  abstract Store open() throws Exception;

  /** Whether the source fetches subgraphs rather than answering with the whole curriculum. */
  abstract boolean fetchesSubgraphs();

  void shutDown() {}

  Store source;
  final Planner reference = Planner.of(StoreFixtures.bundledCurriculum());

  @BeforeAll
  void start() throws Exception {
    source = open();
  }

  @AfterAll
  void stop() {
    if (source != null) {
      source.close();
    }
    shutDown();
  }

  @Test
  void pathOnTheGoalsSubgraphIsThePathOnTheWholeCurriculum() {
    PathRequest r =
        PathRequest.to("activation functions").withKnown(List.of("python-basics", "vectors"));
    var scoped =
        Planner.of(source.closureOf(List.of("activation functions", "python-basics", "vectors")));
    assertEquals(reference.path(r), scoped.path(r));
  }

  @Test
  void mathFirstPathWithResourcePreferencesMatchesToo() {
    PathRequest r =
        PathRequest.to("backpropagation")
            .withStrategy(io.github.mlpath.core.plan.Strategy.MATH_FIRST);
    assertEquals(
        reference.path(r), Planner.of(source.closureOf(List.of("backpropagation"))).path(r));
  }

  @Test
  void needOnTheSubgraphMatches() {
    NeedRequest r = NeedRequest.of("gradient-descent").withKnown(List.of("derivatives"));
    assertEquals(
        reference.need(r),
        Planner.of(source.closureOf(List.of("gradient-descent", "derivatives"))).need(r));
  }

  @Test
  void whyFindsTheSameChainAndTheSameAbsenceOfOne() {
    var scoped = Planner.of(source.closureOf(List.of("activation-functions", "derivatives")));
    assertEquals(
        reference.why("activation-functions", "derivatives"),
        scoped.why("activation-functions", "derivatives"));
    var reversed = Planner.of(source.closureOf(List.of("derivatives", "activation-functions")));
    assertTrue(reversed.why("derivatives", "activation-functions").isEmpty());
  }

  @Test
  void usedForOnTheTopicsThatRequireItMatches() {
    assertEquals(
        reference.usedFor("derivatives"),
        Planner.of(source.dependentsOf("derivatives")).usedFor("derivatives"));
  }

  @Test
  void nextOnTheStructureMatches() {
    NextRequest r =
        new NextRequest(List.of("python-basics"), true, List.of("activation-functions"));
    assertEquals(reference.next(r), Planner.of(source.structure()).next(r));
  }

  @Test
  void subgraphHoldsTheClosureAndNoMoreWhenTheSourceFetches() {
    Curriculum c = source.closureOf(List.of("derivatives"));
    Curriculum whole = reference.curriculum();
    BitSet needed =
        Closure.prerequisites(whole, new int[] {whole.indexOf("derivatives").getAsInt()});
    assertTrue(needed.cardinality() > 2, "derivatives needs more than one topic");
    needed.stream()
        .forEach(v -> assertTrue(c.topic(whole.id(v)).isPresent(), "missing " + whole.id(v)));
    if (fetchesSubgraphs()) {
      assertTrue(c.size() < reference.curriculum().size() / 2, "fetched " + c.size() + " topics");
      assertFalse(c.topic("transformers").isPresent());
      assertFalse(source.structure().resources().size() > 0, "structure carries no resources");
    }
  }

  /**
   * Several seeds, one of them an umbrella whose parts come through {@code skos:broader}: the
   * shapes some engines get wrong (a start bound by {@code VALUES}, a union of starts joined to a
   * transitive path), so the fetched subgraph must be the one SPARQL 1.1 gives, as Jena reads it.
   */
  @Test
  void closureOfSeveralSeedsWithAnUmbrellaIsTheSubgraphSparqlDefines() {
    List<String> seeds = List.of("calculus", "backpropagation", "python-basics");
    Curriculum c = source.closureOf(seeds);
    if (fetchesSubgraphs()) {
      assertSameTopicsAndEdges(StoreFixtures.onJena(Subgraphs.closureOf(iris(seeds))), c);
    }
    PathRequest r = PathRequest.to("backpropagation").withKnown(List.of("python-basics"));
    assertEquals(reference.path(r), Planner.of(c).path(r));
    PathRequest series = PathRequest.to("calculus").withKnown(List.of("python-basics"));
    assertEquals(
        reference.path(series),
        Planner.of(source.closureOf(List.of("calculus", "python-basics"))).path(series),
        "a resource is chosen by where it sits in its book: its chapters come too");
  }

  /** The topics that need an umbrella's parts, and the edges among them, as SPARQL 1.1 says. */
  @Test
  void dependentsOfAnUmbrellaAreTheSubgraphSparqlDefines() {
    Curriculum c = source.dependentsOf("calculus");
    if (fetchesSubgraphs()) {
      assertSameTopicsAndEdges(
          StoreFixtures.onJena(Subgraphs.dependentsOf(iris(List.of("calculus")).get(0))), c);
    }
    assertEquals(reference.usedFor("calculus"), Planner.of(c).usedFor("calculus"));
  }

  /** The level-by-level fetch (for an engine that refuses the one query) on this engine. */
  @Test
  void levelByLevelFetchesTheSameSubgraphs() {
    if (source instanceof FetchingSource fetching) {
      Levels levels = new Levels(fetching);
      List<String> seeds = iris(List.of("calculus", "backpropagation", "python-basics"));
      assertSameTopicsAndEdges(
          StoreFixtures.onJena(Subgraphs.closureOf(seeds)),
          io.github.mlpath.graph.read.RdfReader.curriculumOf(
              into -> levels.closureOf(seeds, into)));
      String calculus = iris(List.of("calculus")).get(0);
      assertSameTopicsAndEdges(
          StoreFixtures.onJena(Subgraphs.dependentsOf(calculus)),
          io.github.mlpath.graph.read.RdfReader.curriculumOf(
              into -> levels.dependentsOf(calculus, into)));
    }
  }

  /**
   * The portable one-query closure, as any engine is asked it, on this engine: the topics'
   * sub-select written once and joined to the union of what each topic brings.
   */
  @Test
  void portableClosureInOneQueryIsTheSubgraphSparqlDefines() {
    if (source instanceof FetchingSource fetching) {
      for (List<String> seeds :
          List.of(
              List.of("derivatives"), List.of("calculus", "backpropagation", "python-basics"))) {
        var query = Subgraphs.closureOf(iris(seeds));
        assertSameTopicsAndEdges(
            StoreFixtures.onJena(query),
            io.github.mlpath.graph.read.RdfReader.curriculumOf(
                fetching.construct(query).getGraph()));
      }
    }
  }

  private static List<String> iris(List<String> ids) {
    return ids.stream().map(id -> io.github.mlpath.graph.vocab.MLP.TOPIC_NS + id).toList();
  }

  static void assertSameTopicsAndEdges(Curriculum expected, Curriculum actual) {
    assertTrue(expected.size() > 10, "the reference fetch holds " + expected.size() + " topics");
    assertEquals(ids(expected), ids(actual));
    assertEquals(
        new java.util.HashSet<>(expected.prerequisites()),
        new java.util.HashSet<>(actual.prerequisites()));
    assertEquals(
        expected.resources().stream().map(x -> x.id()).sorted().toList(),
        actual.resources().stream().map(x -> x.id()).sorted().toList());
  }

  private static List<String> ids(Curriculum c) {
    return java.util.stream.IntStream.range(0, c.size()).mapToObj(c::id).sorted().toList();
  }

  @Test
  void wholeIsTheBundledCurriculum() {
    Curriculum c = source.whole();
    assertEquals(reference.curriculum().size(), c.size());
    assertEquals(reference.curriculum().edgeCount(), c.edgeCount());
    assertEquals(reference.curriculum().resources().size(), c.resources().size());
  }

  @Test
  void unknownNameIsRefusedWithSuggestions() {
    var e =
        assertThrows(
            UnknownTopicException.class,
            () ->
                Planner.of(source.closureOf(List.of("backpropagaton")))
                    .path(PathRequest.to("backpropagaton")));
    assertTrue(e.getMessage().contains("backpropagation"), e.getMessage());
  }

  @Test
  void selectAnswersWithPredeclaredPrefixes() {
    String csv =
        answer(
            "SELECT ?t WHERE { topic:activation-functions mlp:requires ?t } ORDER BY ?t",
            AnswerFormat.CSV);
    assertTrue(csv.startsWith("t\r\n"), csv);
    assertTrue(csv.contains("https://w3id.org/mlpath/topic/derivatives"), csv);
  }

  @Test
  void askAndConstructAnswer() {
    assertTrue(
        answer("ASK { topic:derivatives a mlp:MathTopic }", AnswerFormat.JSON).contains("true"));
    assertTrue(
        answer("ASK { topic:derivatives a mlp:Project }", AnswerFormat.JSON).contains("false"));
    String ttl =
        answer(
            "CONSTRUCT { ?t skos:prefLabel ?l } WHERE { topic:derivatives skos:prefLabel ?l BIND(topic:derivatives AS ?t) }",
            AnswerFormat.NTRIPLES);
    assertTrue(ttl.contains("\"Derivatives\"@en"), ttl);
  }

  @Test
  void longQueryStopsAtItsTimeout() {
    SparqlQuery q =
        SparqlQuery.parse(
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
    GraphException e =
        assertThrows(
            timeoutType(),
            () ->
                source.answer(
                    q, AnswerFormat.CSV, Duration.ofMillis(300), new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains("0.3 s"), e.getMessage());
  }

  /**
   * What a query past its timeout throws: {@link QueryTimeoutException} (exit 6) where the query
   * runs here; a remote endpoint that has not answered by then cannot be told from one that is
   * down, so it is a {@link io.github.mlpath.graph.StoreException} naming it (exit 5).
   */
  Class<? extends GraphException> timeoutType() {
    return QueryTimeoutException.class;
  }

  String answer(String text, AnswerFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    source.answer(SparqlQuery.parse(text), format, Duration.ofSeconds(10), out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
