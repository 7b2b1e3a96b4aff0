package io.github.mlpath.graph.read;

import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.load.Input;
import io.github.mlpath.graph.load.Inputs;
import io.github.mlpath.graph.load.RdfLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the bundled curriculum's snapshot, for the build to ship in the jar ({@link
 * SnapshotCache#BUNDLED}), so that the first plan on the bundled curriculum parses no RDF either.
 * The build refuses a bundled curriculum that has an error.
 */
public final class BundledSnapshot {
  private BundledSnapshot() {}

  /** {@code BundledSnapshot FILE}: writes the snapshot to FILE. */
  public static void main(String[] args) {
    List<Input> inputs = Inputs.of(List.of(), true);
    ReadResult read = RdfReader.read(RdfLoader.sourcesOf(inputs));
    if (read.errorCount() > 0) {
      throw new IllegalStateException("the bundled curriculum has errors: " + read.problems());
    }
    Path out = Path.of(args[0]);
    CacheFiles.write(out, Fingerprint.key(inputs), read, List.of());
    if (!Files.isRegularFile(out)) {
      throw new IllegalStateException("could not write " + out);
    }
  }
}
