package io.github.mlpath.cli;

import io.github.mlpath.cli.request.Values;
import io.github.mlpath.graph.export.ExportFormat;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli's view of the export format registry: the slugs to convert and to list in help. */
final class Converters {
  private Converters() {}

  /** An export format by its slug, ignoring case. */
  static final class ExportFormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      try {
        return Values.slug(ExportFormat.values(), ExportFormat::slug).apply(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The export formats' names, in registry order, for {@code ${COMPLETION-CANDIDATES}}. */
  static final class ExportFormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ExportFormat.values()).map(ExportFormat::slug).iterator();
    }
  }
}
