package io.github.mlpath.graph.imports.check;

import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.ImportReport;
import java.util.ArrayList;
import java.util.List;

/** What the checks of one import found, collected as they run. Not thread-safe. */
final class Findings {
  final List<ImportFinding> dangling = new ArrayList<>();
  final List<ImportFinding> selfLoops = new ArrayList<>();
  final List<ImportFinding> duplicates = new ArrayList<>();
  final List<ImportReport.Cycle> cycles = new ArrayList<>();
  final List<ImportFinding> dropped = new ArrayList<>();
}
