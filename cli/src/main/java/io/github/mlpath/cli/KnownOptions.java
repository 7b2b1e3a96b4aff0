package io.github.mlpath.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What the learner already knows, shared by path, need and next. */
final class KnownOptions {
  @Option(
      names = {"-k", "--known"},
      split = ",",
      paramLabel = "TOPIC",
      description = "Topics already learned, comma-separated (ids, labels or other names).")
  List<String> known = new ArrayList<>();

  @Option(
      names = "--no-implied",
      description = "Do not assume that knowing a topic means knowing what it requires.")
  boolean noImplied;

  boolean implied() {
    return !noImplied;
  }
}
