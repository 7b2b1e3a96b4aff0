package io.github.mlpath.graph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.QueryRefusedException;
import io.github.mlpath.graph.QuerySyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SparqlQueryTest {
  @Test
  void vocabularyPrefixesArePredeclared() {
    var q =
        SparqlQuery.parse(
            "SELECT * { ?t a mlp:MathTopic ; skos:prefLabel ?l ; mlp:area area:calculus . ?r"
                + " schema:teaches topic:derivatives ; rdf:type ?c . ?c rdfs:label ?x FILTER(?x !="
                + " \"\"^^xsd:string) } LIMIT 1");
    assertTrue(q.query().isSelectType());
  }

  @Test
  void syntaxErrorNamesLineAndColumn() {
    var e =
        assertThrows(
            QuerySyntaxException.class, () -> SparqlQuery.parse("SELECT ?x\nWHERE { ?x ?y }"));
    assertEquals(2, e.line());
    assertTrue(e.column() > 0);
    assertTrue(e.getMessage().startsWith("SPARQL syntax error at line 2, column "), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://example.org/g> { GRAPH ?g { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } FROM <https://example.org/remote.jsonld> WHERE { ?s ?p ?o }"
      })
  void fromIsRefusedBecauseJenaWouldReadTheIri(String text) {
    var e = assertThrows(QueryRefusedException.class, () -> SparqlQuery.parse(text));
    assertTrue(e.getMessage().startsWith("FROM and FROM NAMED are not allowed"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://x/> { ?s ?q ?r } } }",
        "SELECT * { { SELECT ?s { SERVICE <http://x/> { ?s ?p ?o } } } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://x/> { ?s ?q ?r } } }",
        "ASK { ?s ?p ?o FILTER NOT EXISTS { ?s ?p ?o FILTER EXISTS { SERVICE <file:///x> {} } } }",
        "SELECT * { BIND(EXISTS { SERVICE <http://x/> { ?a ?b ?c } } AS ?x) }"
      })
  void serviceIsRefusedWhereverItHides(String text) {
    var e = assertThrows(QueryRefusedException.class, () -> SparqlQuery.parse(text));
    assertTrue(e.getMessage().startsWith("SERVICE is not allowed"), e.getMessage());
  }

  @Test
  void namedQueriesAreListedWithTheirDescriptions() {
    List<NamedQuery> all = NamedQuery.all();
    assertEquals(10, all.size());
    for (NamedQuery q : all) {
      assertTrue(!q.description().isEmpty(), q.name());
      SparqlQuery.parse(q.text());
    }
    assertTrue(NamedQuery.find("everything-before").isPresent());
    assertTrue(NamedQuery.find("nope").isEmpty());
  }
}
