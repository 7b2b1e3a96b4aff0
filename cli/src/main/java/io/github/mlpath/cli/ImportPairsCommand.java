package io.github.mlpath.cli;

import io.github.mlpath.graph.imports.pairs.AlCplLayout;
import io.github.mlpath.graph.imports.pairs.GenericLayout;
import io.github.mlpath.graph.imports.pairs.LectureBankLayout;
import io.github.mlpath.graph.imports.pairs.PairsFormat;
import io.github.mlpath.graph.imports.pairs.PairsLayout;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath import pairs FILE --layout L --out FILE}. */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    description = {
      "Import a list of prerequisite pairs. Layouts: lecturebank (--topics FILE of ID,Topic,WikiURL"
          + " or ID|Topic, and FILE of src,tgt,label lines: 1 means src is a prerequisite of"
          + " tgt), al-cpl (FILE.preqs of A,B lines: B is a prerequisite of A, both Wikipedia"
          + " titles), generic (--prerequisite COL --dependent COL [--label COL]: a column by"
          + " 1-based number or header name)."
    })
final class ImportPairsCommand implements Callable<Integer> {
  /** The layouts by name, each making its {@link PairsLayout} from the options it needs. */
  enum Layout {
    lecturebank {
      @Override
      PairsLayout make(ImportPairsCommand c) {
        if (c.topics == null) {
          throw c.usage("--layout lecturebank needs --topics FILE (such as 208topics.csv)");
        }
        return new LectureBankLayout(c.topics);
      }
    },
    al_cpl {
      @Override
      PairsLayout make(ImportPairsCommand c) {
        return new AlCplLayout();
      }
    },
    generic {
      @Override
      PairsLayout make(ImportPairsCommand c) {
        if (c.prerequisite == null || c.dependent == null) {
          throw c.usage("--layout generic needs --prerequisite COL and --dependent COL");
        }
        return new GenericLayout(
            c.prerequisite, c.dependent, Optional.ofNullable(c.label), c.delimiterChar(), c.header);
      }
    };

    abstract PairsLayout make(ImportPairsCommand c);
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The pairs file.")
  Path file;

  @Option(
      names = "--layout",
      required = true,
      paramLabel = "LAYOUT",
      converter = LayoutConverter.class,
      description = "lecturebank, al-cpl or generic.")
  Layout layout;

  @Option(names = "--topics", paramLabel = "FILE", description = "LectureBank's topics file.")
  Path topics;

  @Option(
      names = "--prerequisite",
      paramLabel = "COL",
      description = "generic: the column of the topic to learn first.")
  String prerequisite;

  @Option(
      names = "--dependent",
      paramLabel = "COL",
      description = "generic: the column of the topic that needs it.")
  String dependent;

  @Option(
      names = "--label",
      paramLabel = "COL",
      description =
          "generic: the column of a 0/1 label (1: a prerequisite); without it every line is one.")
  String label;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description =
          "generic: the field delimiter, one character or 'tab' (default: tab for .tsv, else comma).")
  String delimiter;

  @Option(names = "--header", description = "generic: the first line names the columns.")
  boolean header;

  @Mixin ImportOptions options;

  @Override
  public Integer call() {
    PairsLayout l = layout.make(this);
    return options.run(spec, new PairsFormat(l), file, l.name());
  }

  private Optional<Character> delimiterChar() {
    if (delimiter == null) {
      return Optional.empty();
    }
    if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) {
      return Optional.of('\t');
    }
    if (delimiter.length() != 1) {
      throw usage("--delimiter: '" + delimiter + "' is not one character or 'tab'");
    }
    return Optional.of(delimiter.charAt(0));
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Accepts the layouts as the README writes them. */
  static final class LayoutConverter implements picocli.CommandLine.ITypeConverter<Layout> {
    @Override
    public Layout convert(String value) {
      try {
        return Layout.valueOf(value.toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not one of lecturebank, al-cpl, generic");
      }
    }
  }
}
