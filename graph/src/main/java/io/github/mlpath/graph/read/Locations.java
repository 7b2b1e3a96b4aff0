package io.github.mlpath.graph.read;

import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.SourceLocator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Turns {@link Findings} into located {@link Problem}s. The focus becomes an IRI (a blank qualified
 * requirement is shown by the topic that has it); the location is the position the parser gave the
 * triple, or, for syntaxes whose parser gives none (RDF/XML, JSON-LD), the first line of the file
 * that names the focus.
 */
final class Locations {
  private final Facts f;
  private final Known k;
  private final SourceLocator locator;

  Locations(Facts f, List<DataSource> positionless) {
    this.f = f;
    this.k = new Known(f);
    this.locator =
        new SourceLocator(positionless, Collections.nCopies(positionless.size(), Map.of()));
  }

  /** Whether the parser of the source's syntax gives each triple a line and column. */
  static boolean hasPositions(DataSource source) {
    Lang lang = source.lang();
    return !RDFLanguages.sameLang(lang, Lang.RDFXML) && !RDFLanguages.sameLang(lang, Lang.JSONLD);
  }

  /** The findings, each located in the file it was read from. */
  List<ReadResult.Finding> locate(List<Findings.Found> found) {
    return convert(found, true);
  }

  /** The findings, named by their focus alone: for data that came from no file. */
  List<ReadResult.Finding> unlocated(List<Findings.Found> found) {
    return convert(found, false);
  }

  private List<ReadResult.Finding> convert(List<Findings.Found> found, boolean located) {
    List<ReadResult.Finding> out = new ArrayList<>();
    for (Findings.Found x : found) {
      Optional<String> focus = focusIri(x.focus());
      Optional<SourceLocation> where = located ? location(x.position(), focus) : Optional.empty();
      out.add(
          new ReadResult.Finding(
              new Problem(x.severity(), x.rule(), x.message(), focus, where),
              x.topics(),
              x.leftOut()));
    }
    return out;
  }

  private Optional<String> focusIri(int term) {
    if (term < 0) {
      return Optional.empty();
    }
    if (f.isIri(term)) {
      return Optional.of(f.iri(term));
    }
    if (f.isLiteral(term)) {
      return Optional.of(Terms.id(f.lexical(term)));
    }
    return java.util.Arrays.stream(f.subjects(k.qualifiedRequirement, term))
        .filter(f::isIri)
        .mapToObj(f::iri)
        .sorted()
        .findFirst();
  }

  private Optional<SourceLocation> location(long position, Optional<String> focus) {
    if (position == Positions.NOWHERE) {
      return focus.flatMap(locator::locate);
    }
    String source = f.sourceName(Positions.sourceOf(position));
    long line = Positions.lineOf(position);
    if (line == 0) {
      Optional<SourceLocation> found =
          focus.flatMap(locator::locate).filter(l -> l.source().equals(source));
      return Optional.of(found.orElse(new SourceLocation(source, 0, 0)));
    }
    return Optional.of(new SourceLocation(source, line, Positions.columnOf(position)));
  }
}
