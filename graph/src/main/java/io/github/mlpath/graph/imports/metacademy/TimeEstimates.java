package io.github.mlpath.graph.imports.metacademy;

import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.text.TextFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Metacademy's {@code time_estimates/concepts.txt}: lines {@code TAG HOURS}, the hours a learner
 * needs for the concept, turned into whole minutes (at least one).
 */
final class TimeEstimates {
  private TimeEstimates() {}

  static Map<String, Duration> read(Path dir, List<ImportFinding> notes) {
    Path file = dir.resolve("time_estimates").resolve("concepts.txt");
    Map<String, Duration> out = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    TextFile f = TextFile.read(file, "time_estimates/concepts.txt");
    for (int i = 0; i < f.lines().size(); i++) {
      String line = f.lines().get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      double hours = parts.length == 2 ? parse(parts[1]) : Double.NaN;
      if (!(hours > 0) || Double.isInfinite(hours)) {
        notes.add(
            ImportFinding.at(f.at(i), "bad-time", "not 'TAG HOURS' with positive hours: skipped"));
        continue;
      }
      out.put(parts[0], Duration.ofMinutes(Math.max(1, Math.round(hours * 60))));
    }
    return out;
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
