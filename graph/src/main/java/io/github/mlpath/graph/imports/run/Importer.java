package io.github.mlpath.graph.imports.run;

import io.github.mlpath.graph.imports.ImportFormat;
import io.github.mlpath.graph.imports.ImportReport;
import io.github.mlpath.graph.imports.ImportSettings;
import io.github.mlpath.graph.imports.Imported;
import io.github.mlpath.graph.imports.ImportedEdge;
import io.github.mlpath.graph.imports.check.ImportCheck;
import io.github.mlpath.graph.imports.write.TurtleWriter;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.validate.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;

/**
 * Runs an import: reads a dataset in one {@link ImportFormat}, checks it (dropping what cannot be
 * kept when lenient), writes it as Turtle, and validates that Turtle under the name the user will
 * find it by, so the report points at its lines.
 *
 * <pre>{@code
 * ImportResult r = Importer.run(new MetacademyFormat(), Path.of("metacademy-content"),
 *     ImportSettings.defaults("metacademy"), true, "metacademy.ttl", "mlpath import ...");
 * Files.writeString(Path.of("metacademy.ttl"), r.turtle());
 * }</pre>
 */
public final class Importer {
  private Importer() {}

  /** The Turtle of an import and its report. */
  public record ImportResult(String turtle, ImportReport report) {}

  /**
   * Imports a dataset.
   *
   * @param format its layout
   * @param source the folder or file
   * @param settings what to assume where the dataset is silent
   * @param lenient whether to drop what cannot be kept
   * @param output the name of the file the Turtle will be written to, for the report's lines
   * @param command the command line, for the header of the Turtle
   */
  public static ImportResult run(
      ImportFormat format,
      Path source,
      ImportSettings settings,
      boolean lenient,
      String output,
      String command) {
    Imported read = format.read(source, settings);
    ImportCheck.Checked checked = ImportCheck.check(read, lenient);
    String turtle = TurtleWriter.write(checked, command);
    byte[] bytes = turtle.getBytes(StandardCharsets.UTF_8);
    DataSource written = new DataSource(output, Lang.TURTLE, () -> new ByteArrayInputStream(bytes));
    var validation = Validator.check(List.of(RdfLoader.vocabulary(), written)).problems();
    ImportReport report =
        new ImportReport(
            format.name(),
            read.source(),
            output,
            lenient,
            counts(read),
            counts(checked.kept()),
            read.notes(),
            checked.dangling(),
            checked.selfLoops(),
            checked.duplicates(),
            checked.cycles(),
            checked.dropped(),
            validation);
    return new ImportResult(turtle, report);
  }

  private static ImportReport.Counts counts(Imported d) {
    return new ImportReport.Counts(
        d.topics().size(),
        d.edges().size(),
        (int) d.edges().stream().filter(ImportedEdge::gist).count(),
        (int) d.edges().stream().filter(e -> e.reason().isPresent()).count(),
        d.resources().size(),
        (int) d.topics().stream().filter(t -> t.learningTime().isPresent()).count(),
        (int) d.topics().stream().filter(t -> t.wikipedia().isPresent()).count(),
        d.negativePairs());
  }
}
