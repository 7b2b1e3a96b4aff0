package io.github.mlpath.graph.store;

import io.github.mlpath.graph.CurriculumSource;
import io.github.mlpath.graph.query.SparqlService;

/** A curriculum source with RDF behind it: it plans and it answers SPARQL. */
public interface Store extends CurriculumSource, SparqlService {}
