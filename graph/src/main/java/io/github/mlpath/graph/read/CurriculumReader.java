package io.github.mlpath.graph.read;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.InvalidDataException;
import io.github.mlpath.graph.load.LoadedGraph;

/**
 * The core {@link Curriculum} of a graph already loaded (a merge, a test's model), read by the one
 * reader, {@link RdfReader}, and refused as planning refuses data with an error.
 *
 * <pre>{@code
 * Curriculum c = CurriculumReader.read(RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled())));
 * }</pre>
 */
public final class CurriculumReader {
  private CurriculumReader() {}

  /**
   * Reads the curriculum.
   *
   * @throws InvalidDataException naming the first error, and where it is
   */
  public static Curriculum read(LoadedGraph loaded) {
    var r = RdfReader.read(loaded);
    r.checkComplete();
    return r.curriculum();
  }
}
