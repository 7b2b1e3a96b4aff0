package io.github.mlpath.cli.request;

import com.fasterxml.jackson.databind.util.RawValue;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.CurriculumSource;
import io.github.mlpath.graph.export.ExportFormat;
import io.github.mlpath.graph.export.Exporter;
import io.github.mlpath.graph.export.Selection;
import java.io.StringWriter;
import java.util.List;

/**
 * {@code mlpath map} and {@code /api/map}: the whole curriculum as the interactive map's data (the
 * {@code map-json} export), JSON only.
 */
public final class MapOperation extends Operation<Boolean, RawValue> {
  private final PerPlanner<RawValue> map = new PerPlanner<>(c -> map(c.planner().curriculum()));

  /** The operation, for {@link Operations}. */
  public MapOperation() {
    super(
        "map",
        List.of(),
        List.of(),
        "The whole curriculum as the interactive map's data: every topic with its area, depth,"
            + " hours and resources, and every edge with its reason (as export --format map-json).");
  }

  @Override
  public Boolean bind(Args args) {
    return true;
  }

  @Override
  public Curriculum scope(CurriculumSource source, Boolean request) {
    return source.whole();
  }

  @Override
  public RawValue answer(Context context, Boolean request) {
    return map.get(context);
  }

  private static RawValue map(Curriculum c) {
    StringWriter out = new StringWriter();
    Exporter.write(c, Selection.all(c), ExportFormat.MAP_JSON, out);
    return new RawValue(out.toString());
  }
}
