package io.github.mlpath.graph.load;

import io.github.mlpath.core.Records;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One document to read, before any RDF library is involved: its name, syntax and bytes.
 *
 * @param name how messages name it: the path as given, or {@code classpath:...}
 * @param syntax its RDF syntax
 * @param opener opens a fresh stream of its bytes
 * @param file the file, when it is one (not a classpath resource)
 */
public record Input(String name, RdfSyntax syntax, DataSource.Opener opener, Optional<Path> file) {
  public Input {
    Records.requireNonNull(Input.class, name, syntax, opener, file);
  }

  /** A file, opened only if it is a regular file. */
  public static Input file(Path path, RdfSyntax syntax) {
    return new Input(path.toString(), syntax, () -> InputFiles.open(path), Optional.of(path));
  }

  /** A classpath resource of the data module, such as {@code mlpath/vocabulary.ttl}. */
  public static Input classpath(String resource, RdfSyntax syntax) {
    return new Input(
        "classpath:" + resource, syntax, DataSource.Opener.classpath(resource), Optional.empty());
  }
}
