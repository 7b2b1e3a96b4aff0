package io.github.mlpath.graph.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/** The self-checks of checks.ttl: one for every math topic, each a task with its answer. */
class SelfChecksTest {
  private static final String PREFIXES =
      "PREFIX mlp: <https://w3id.org/mlpath/ns#>\n"
          + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

  private final Model model = BundledData.model();

  private List<String> column(String select) {
    List<String> out = new ArrayList<>();
    try (QueryExecution q = QueryExecution.create(PREFIXES + select, model)) {
      q.execSelect().forEachRemaining(s -> out.add(s.get("t").toString()));
    }
    out.sort(String::compareTo);
    return out;
  }

  @Test
  void everyMathTopicHasExactlyOneEnglishSelfCheck() {
    assertEquals(
        List.of(),
        column(
            "SELECT ?t WHERE { ?t a mlp:MathTopic . { SELECT ?t (COUNT(?c) AS ?n) WHERE {"
                + " ?t a mlp:MathTopic . OPTIONAL { ?t mlp:selfCheck ?c FILTER(langMatches(lang(?c),"
                + " 'en')) } } GROUP BY ?t } FILTER(?n != 1) }"),
        "math topics without exactly one English mlp:selfCheck");
  }

  @Test
  void everySelfCheckIsOnADefinedTopic() {
    assertEquals(
        List.of(),
        column(
            "SELECT DISTINCT ?t WHERE { ?t mlp:selfCheck ?c FILTER NOT EXISTS { ?t a ?kind"
                + " VALUES ?kind { mlp:ProgrammingSkill mlp:Project mlp:MLConcept mlp:MathTopic }"
                + " } }"),
        "self-checks on topics the curriculum does not define (a typo in checks.ttl?)");
  }

  @Test
  void everySelfCheckIsAQuestionFollowedByItsAnswer() {
    assertEquals(
        List.of(),
        column(
            "SELECT ?t WHERE { ?t mlp:selfCheck ?c FILTER(!REGEX(STR(?c),"
                + " '^[^?]+\\\\?.* \\\\(Answer: .+\\\\)$')) }"),
        "self-checks not of the form 'question? (Answer: ...)'");
  }
}
