package io.github.mlpath.cli;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.plan.Strategy;
import io.github.mlpath.graph.export.ExportFormat;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters that accept the lower-case slugs the README documents. */
final class Converters {
  private Converters() {}

  static final class MediumConverter implements ITypeConverter<Medium> {
    @Override
    public Medium convert(String value) {
      return Medium.fromSlug(value.toLowerCase(Locale.ROOT))
          .orElseThrow(() -> invalid(value, Arrays.stream(Medium.values()).map(Medium::slug)));
    }
  }

  static final class DepthConverter implements ITypeConverter<Depth> {
    @Override
    public Depth convert(String value) {
      return Depth.fromSlug(value.toLowerCase(Locale.ROOT))
          .orElseThrow(() -> invalid(value, Arrays.stream(Depth.values()).map(Depth::slug)));
    }
  }

  static final class StrategyConverter implements ITypeConverter<Strategy> {
    @Override
    public Strategy convert(String value) {
      return Strategy.fromSlug(value.toLowerCase(Locale.ROOT))
          .orElseThrow(() -> invalid(value, Arrays.stream(Strategy.values()).map(Strategy::slug)));
    }
  }

  static final class ExportFormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      return ExportFormat.fromSlug(value)
          .orElseThrow(
              () -> invalid(value, Arrays.stream(ExportFormat.values()).map(ExportFormat::slug)));
    }
  }

  static final class KindConverter implements ITypeConverter<TopicKind> {
    @Override
    public TopicKind convert(String value) {
      return TopicKind.fromSlug(value.toLowerCase(Locale.ROOT))
          .orElseThrow(
              () -> invalid(value, Arrays.stream(TopicKind.values()).map(TopicKind::slug)));
    }
  }

  /** The export formats' names, in registry order, for {@code ${COMPLETION-CANDIDATES}}. */
  static final class ExportFormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ExportFormat.values()).map(ExportFormat::slug).iterator();
    }
  }

  private static TypeConversionException invalid(
      String value, java.util.stream.Stream<String> allowed) {
    return new TypeConversionException(
        "'" + value + "' is not one of " + allowed.collect(Collectors.joining(", ")));
  }
}
