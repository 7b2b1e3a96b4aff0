package io.github.mlpath.cli;

import io.github.mlpath.cli.request.Values;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.export.ExportFormat;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for mlpath's slugs (export formats, topic kinds) and the formats' names. */
final class Converters {
  private Converters() {}

  /** An export format by its slug, ignoring case. */
  static final class ExportFormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      return bySlug(ExportFormat.values(), ExportFormat::slug, value);
    }
  }

  /** A topic kind by its slug ({@code math}, {@code ml-concept}...), ignoring case. */
  static final class KindConverter implements ITypeConverter<TopicKind> {
    @Override
    public TopicKind convert(String value) {
      return bySlug(TopicKind.values(), TopicKind::slug, value);
    }
  }

  private static <E> E bySlug(E[] values, Function<E, String> slug, String value) {
    try {
      return Values.slug(values, slug).apply(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
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
