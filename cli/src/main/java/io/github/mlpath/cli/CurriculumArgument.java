package io.github.mlpath.cli;

import io.github.mlpath.graph.SourceSpec;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A curriculum named by a positional argument, as {@code compare} takes two: a file or folder of
 * RDF, {@code bundled} (the bundled curriculum), {@code store:DIR} (a TDB2 store made by {@code
 * mlpath load}) or an {@code http(s)://} SPARQL endpoint. Immutable.
 *
 * @param name how output names it: the argument as given
 * @param spec what to open
 */
record CurriculumArgument(String name, SourceSpec spec) {

  static CurriculumArgument parse(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    if (lower.equals("bundled")) {
      return new CurriculumArgument(arg, SourceSpec.bundled());
    }
    if (lower.startsWith("store:")) {
      return new CurriculumArgument(arg, new SourceSpec.Tdb2(Path.of(arg.substring(6))));
    }
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return new CurriculumArgument(arg, new SourceSpec.Endpoint(URI.create(arg)));
    }
    return new CurriculumArgument(arg, new SourceSpec.Files(List.of(Path.of(arg)), false));
  }

  /** The picocli converter. */
  static final class Converter implements picocli.CommandLine.ITypeConverter<CurriculumArgument> {
    @Override
    public CurriculumArgument convert(String value) {
      return parse(value);
    }
  }
}
