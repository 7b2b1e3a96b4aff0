package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
  @TempDir Path tmp;

  @Test
  void selectPrintsATableWithPredeclaredPrefixes() {
    Run r = Run.of("query", "SELECT ?t WHERE { topic:activation-functions mlp:requires ?t }");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("topic:derivatives"), r.out());
  }

  @Test
  void formatsForResultsAndGraphs() {
    Run csv = Run.of("query", "--format", "csv", "SELECT ?x WHERE { BIND(1 AS ?x) }");
    assertEquals("x\r\n1\r\n", csv.out());
    Run ask = Run.of("query", "--format", "json", "ASK { topic:derivatives a mlp:MathTopic }");
    assertTrue(ask.out().contains("\"boolean\" : true"), ask.out());
    Run nt =
        Run.of(
            "query",
            "--format",
            "ntriples",
            "CONSTRUCT { topic:derivatives skos:prefLabel ?l } WHERE { topic:derivatives"
                + " skos:prefLabel ?l }");
    assertTrue(nt.out().contains("\"Derivatives\"@en ."), nt.out());
    Run ttl = Run.of("query", "DESCRIBE topic:derivatives");
    assertTrue(ttl.out().contains("mlp:MathTopic"), ttl.out());
    Run mismatch = Run.of("query", "--format", "turtle", "SELECT * { ?s ?p ?o } LIMIT 1");
    assertEquals(2, mismatch.exitCode());
  }

  @Test
  void namedQueriesAreListedAndRun() throws Exception {
    Run list = Run.of("query", "--list");
    assertTrue(list.out().contains("everything-before"), list.out());
    assertTrue(list.out().contains("Everything to learn before a goal topic"), list.out());
    Run named = Run.of("query", "--named", "everything-before", "--format", "csv");
    assertEquals(0, named.exitCode(), named.err());
    assertTrue(named.out().contains("/topic/attention-mechanism"), named.out());
    Path f = tmp.resolve("q.rq");
    Files.writeString(f, "ASK { ?s mlp:requires ?o }");
    assertTrue(Run.of("query", "--file", f.toString()).out().equals("yes\n"));
  }

  @Test
  void namedQueriesTakeParametersThatTheListShows() {
    Run list = Run.of("query", "--list");
    assertTrue(
        list.out()
            .contains(
                "--param topic=...  the math topic whose users are listed (default:"
                    + " dot-product)"),
        list.out());
    Run chain =
        Run.of(
            "query", "--named", "concepts-using-math", "--param", "topic=chain-rule", "-f", "csv");
    assertEquals(0, chain.exitCode(), chain.err());
    assertTrue(chain.out().contains("Backpropagation"), chain.out());
    assertTrue(!chain.out().contains("Perceptron"), "the default is replaced: " + chain.out());
    Run strang =
        Run.of("query", "--named", "resources-by-author", "--param", "author=Gilbert Strang");
    assertTrue(strang.out().contains("Lecture"), strang.out());
    Run unknown = Run.of("query", "--named", "concepts-using-math", "--param", "math=chain-rule");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("its parameters are: topic"), unknown.err());
    Run loose = Run.of("query", "--param", "topic=chain-rule", "ASK { ?s ?p ?o }");
    assertEquals(2, loose.exitCode());
    assertTrue(loose.err().contains("--param goes with --named NAME"), loose.err());
  }

  @Test
  void syntaxErrorGivesLineAndColumnAndExit2() {
    Run r = Run.of("query", "SELECT ?x\nWHERE { ?x ?y }");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("SPARQL syntax error at line 2, column"), r.err());
  }

  @Test
  void fromAndServiceAreRefused() {
    Run from = Run.of("query", "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }");
    assertEquals(2, from.exitCode());
    assertTrue(from.err().contains("FROM and FROM NAMED are not allowed"), from.err());
    Run service = Run.of("query", "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }");
    assertEquals(2, service.exitCode());
    assertTrue(service.err().contains("SERVICE is not allowed"), service.err());
  }

  @Test
  void timeoutStopsTheQueryWithExit6() {
    Run r =
        Run.of(
            "query",
            "--timeout",
            "0.5",
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
    assertEquals(6, r.exitCode(), r.err());
    assertTrue(r.err().contains("query stopped after its timeout of 0.5 s"), r.err());
    assertEquals("", r.out());
  }
}
