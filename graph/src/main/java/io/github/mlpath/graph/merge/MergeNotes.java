package io.github.mlpath.graph.merge;

import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a merge did, collected as problems: merges as info, conflicts and drops as warnings. */
final class MergeNotes {
  private final List<Problem> notes = new ArrayList<>();

  void info(String rule, String iri, Optional<SourceLocation> at, String message) {
    notes.add(new Problem(Severity.INFO, rule, message, Optional.of(iri), at));
  }

  void warning(String rule, String iri, Optional<SourceLocation> at, String message) {
    notes.add(new Problem(Severity.WARNING, rule, message, Optional.of(iri), at));
  }

  List<Problem> all() {
    return List.copyOf(notes);
  }
}
