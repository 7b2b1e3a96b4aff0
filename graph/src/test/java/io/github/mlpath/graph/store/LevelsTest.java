package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.SparqlQuery;
import io.github.mlpath.graph.read.RdfReader;
import io.github.mlpath.graph.vocab.MLP;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/**
 * Fetching level by level gives the subgraph the one query gives, and a store that refuses the one
 * query is asked level by level, with no property path in any query.
 */
class LevelsTest {
  private final Levels onJena = new Levels(LevelsTest::onJena);

  @Test
  void closureByLevelsIsTheClosureInOneQuery() {
    for (List<String> seeds :
        List.of(List.of("derivatives"), List.of("calculus", "backpropagation", "python-basics"))) {
      assertSame(
          StoreFixtures.onJena(Subgraphs.closureOf(iris(seeds))),
          RdfReader.curriculumOf(into -> onJena.closureOf(iris(seeds), into)));
    }
  }

  @Test
  void dependentsByLevelsAreTheDependentsInOneQuery() {
    for (String target : List.of("derivatives", "calculus", "python-basics")) {
      String iri = MLP.TOPIC_NS + target;
      assertSame(
          StoreFixtures.onJena(Subgraphs.dependentsOf(iri)),
          RdfReader.curriculumOf(into -> onJena.dependentsOf(iri, into)));
    }
  }

  @Test
  void aStoreThatRefusesPropertyPathsIsAskedLevelByLevel() {
    Refusing store = new Refusing();
    Curriculum c = store.closureOf(List.of("backpropagation"));
    PathRequest r = PathRequest.to("backpropagation");
    assertEquals(Planner.of(StoreFixtures.bundledCurriculum()).path(r), Planner.of(c).path(r));
    int refused = store.refused;
    assertTrue(refused == 1, "the one query was tried once, refused " + refused + " times");
    store.dependentsOf("derivatives");
    assertEquals(1, store.refused, "once refused, the one query is not tried again");
  }

  /** A store over the bundled curriculum that refuses every query with a transitive path. */
  private static final class Refusing extends FetchingSource {
    int refused;

    @Override
    public Model construct(Query query) {
      if (query.toString().contains(")*")) {
        refused++;
        throw new RefusedQueryException("refused: " + query, null);
      }
      return onJena(query);
    }

    @Override
    public void answer(SparqlQuery q, AnswerFormat f, Duration t, OutputStream out) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<DatasetGraph> servableDataset() {
      return Optional.empty();
    }

    @Override
    public String description() {
      return "refusing";
    }

    @Override
    public void close() {}
  }

  private static Model onJena(Query q) {
    try (QueryExecution qe =
        QueryExecution.create().query(q).model(StoreFixtures.bundled().model()).build()) {
      return qe.execConstruct();
    }
  }

  private static List<String> iris(List<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(MLP.TOPIC_NS + id));
    return out;
  }

  private static void assertSame(Curriculum expected, Curriculum actual) {
    CurriculumSourceContract.assertSameTopicsAndEdges(expected, actual);
  }
}
