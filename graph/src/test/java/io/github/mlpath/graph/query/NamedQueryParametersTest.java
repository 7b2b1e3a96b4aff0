package io.github.mlpath.graph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** Named queries' parameters: declared in the header, defaulted from VALUES, replaced on demand. */
class NamedQueryParametersTest {
  private static final String TTL =
      """
      @prefix mlp: <https://w3id.org/mlpath/ns#> .
      @prefix topic: <https://w3id.org/mlpath/topic/> .
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix schema: <https://schema.org/> .
      topic:chain-rule a mlp:MathTopic ; skos:prefLabel "Chain rule"@en .
      topic:dot-product a mlp:MathTopic ; skos:prefLabel "Dot product"@en .
      topic:backpropagation a mlp:MLConcept ; skos:prefLabel "Backpropagation"@en ;
          mlp:requires topic:chain-rule .
      topic:perceptron a mlp:MLConcept ; skos:prefLabel "Perceptron"@en ;
          mlp:requires topic:dot-product .
      <https://w3id.org/mlpath/resource/r1> schema:author "Gilbert Strang" ;
          schema:name "One" ; schema:learningResourceType "video" .
      <https://w3id.org/mlpath/resource/r2> schema:author "Marc Peter Deisenroth" ;
          schema:name "Two" ; schema:learningResourceType "book" .
      """;

  @Test
  void theShippedQueriesDeclareTheirParametersWithTheDefaultsOfTheirValuesClauses() {
    List<String> declared = new ArrayList<>();
    for (NamedQuery q : NamedQuery.all()) {
      for (QueryParameter p : q.parameters()) {
        assertTrue(p.description().length() > 5, q.name() + " " + p);
        declared.add(q.name() + " " + p.name() + "=" + p.defaultValue());
      }
    }
    assertEquals(
        List.of(
            "concepts-using-math topic=dot-product",
            "everything-before goal=transformers",
            "free-videos-for-topic topic=derivatives",
            "math-for-concept concept=activation-functions",
            "resources-by-author author=Gilbert Strang",
            "series-episodes series=3b1b-essence-of-linear-algebra",
            "start-here area=calculus"),
        declared);
  }

  @Test
  void aTopicIsGivenByItsIdByAPrefixedNameOrByItsIri() {
    NamedQuery q = NamedQuery.find("concepts-using-math").orElseThrow();
    assertEquals(List.of("Perceptron"), labels(q.query(Map.of())));
    for (String v :
        List.of("chain-rule", "topic:chain-rule", "<https://w3id.org/mlpath/topic/chain-rule>")) {
      assertEquals(List.of("Backpropagation"), labels(q.query(Map.of("topic", v))), v);
    }
  }

  @Test
  void aTextParameterTakesTheTextAsItIs() {
    NamedQuery q = NamedQuery.find("resources-by-author").orElseThrow();
    assertEquals(List.of("One"), column(q.query(Map.of()), "name"));
    assertEquals(
        List.of("Two"), column(q.query(Map.of("author", "Marc Peter Deisenroth")), "name"));
  }

  @Test
  void anUnknownParameterOrAMalformedIdIsRefusedWithTheReason() {
    NamedQuery q = NamedQuery.find("concepts-using-math").orElseThrow();
    var e = assertThrows(IllegalArgumentException.class, () -> q.query(Map.of("math", "x")));
    assertEquals(
        "the query concepts-using-math has no parameter 'math'; its parameters are: topic",
        e.getMessage());
    var none = NamedQuery.find("prerequisite-count").orElseThrow();
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> none.query(Map.of("topic", "x")))
            .getMessage()
            .endsWith("it takes none"));
    var bad =
        assertThrows(
            IllegalArgumentException.class, () -> q.query(Map.of("topic", "x } ?s ?p ?o {")));
    assertTrue(
        bad.getMessage().startsWith("--param topic=x } ?s ?p ?o {: give an id"), bad.getMessage());
  }

  @Test
  void aDeclaredParameterWithoutItsValuesClauseIsAnError() {
    var e =
        assertThrows(
            IllegalStateException.class,
            () ->
                NamedQuery.of(
                    "broken",
                    "# description: a test\n# param: topic: the topic\n"
                        + "SELECT ?t WHERE { VALUES ?t { topic:a topic:b } ?t ?p ?o }"));
    assertTrue(e.getMessage().startsWith("broken.rq declares the parameter topic"), e.getMessage());
  }

  private static List<String> labels(SparqlQuery q) {
    return column(q, "label");
  }

  private static List<String> column(SparqlQuery q, String var) {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(TTL, Lang.TURTLE).parse(m);
    List<String> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.model(m).query(q.query()).build()) {
      qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral(var).getString()));
    }
    return out;
  }
}
