package io.github.mlpath.graph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.graph.load.RdfLoader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class MLPTest {
  static Model vocabulary() {
    return RdfLoader.load(java.util.List.of(RdfLoader.vocabulary())).model();
  }

  static TreeSet<String> termsInTurtle(Model m) {
    TreeSet<String> terms = new TreeSet<>();
    m.listSubjects()
        .forEachRemaining(
            s -> {
              if (s.isURIResource()
                  && s.getURI().startsWith(MLP.NS)
                  && s.getURI().length() > MLP.NS.length()) {
                terms.add(s.getURI());
              }
            });
    return terms;
  }

  @Test
  void everyTermHasALabelAndAComment() {
    Model m = vocabulary();
    for (String term : termsInTurtle(m)) {
      Resource r = m.getResource(term);
      assertTrue(r.hasProperty(RDFS.label), term + " has no rdfs:label");
      assertTrue(r.hasProperty(RDFS.comment), term + " has no rdfs:comment");
    }
  }

  @Test
  void javaVocabularyHasExactlyTheTermsOfTheTurtle() throws IllegalAccessException {
    TreeSet<String> java = new TreeSet<>();
    for (Field f : MLP.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) {
        java.add(r.getURI());
      }
    }
    assertEquals(termsInTurtle(vocabulary()), java);
  }
}
