package io.github.mlpath.graph.load;

import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.SourceUnreadableException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads RDF documents strictly and merges them into one {@link LoadedGraph}, for what needs the
 * triples themselves (SPARQL, RDF exports, serving). All or nothing: one bad file leaves nothing
 * loaded. Parsing is {@link StreamingParser}'s, the same as the reader's.
 *
 * <pre>{@code
 * LoadedGraph g = RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled()));
 * }</pre>
 *
 * <p>Syntaxes, by file extension: Turtle ({@code .ttl}), N-Triples ({@code .nt}), TriG ({@code
 * .trig}), N-Quads ({@code .nq}), JSON-LD ({@code .jsonld}), RDF/XML ({@code .rdf}, {@code .owl},
 * {@code .xml}).
 */
public final class RdfLoader {
  /** The classpath resource of the vocabulary. */
  public static final String VOCABULARY = Inputs.VOCABULARY;

  /** The classpath resource that lists the bundled curriculum's files, one per line. */
  public static final String CURRICULUM_INDEX = Inputs.CURRICULUM_INDEX;

  private RdfLoader() {}

  /** The vocabulary, as a source. */
  public static DataSource vocabulary() {
    return DataSource.of(Inputs.vocabulary());
  }

  /** The bundled curriculum's files, in the order of their index. */
  public static List<DataSource> bundled() {
    return sourcesOf(Inputs.bundled());
  }

  /**
   * The sources a command reads: the vocabulary, then the bundled curriculum when {@code
   * withBundled}, then the files and folders (see {@link #files}).
   */
  public static List<DataSource> sources(List<Path> paths, boolean withBundled) {
    return sourcesOf(Inputs.of(paths, withBundled));
  }

  /** {@code sources} with the vocabulary in front. */
  public static List<DataSource> withVocabulary(List<DataSource> sources) {
    List<DataSource> out = new ArrayList<>();
    out.add(vocabulary());
    out.addAll(sources);
    return out;
  }

  /**
   * The sources for files and folders: a file as it is; a folder's RDF files (by extension),
   * recursively, in path order.
   *
   * @throws SourceUnreadableException for a path that does not exist, or a file whose syntax the
   *     extension does not tell
   */
  public static List<DataSource> files(List<Path> paths) {
    return sourcesOf(Inputs.files(paths));
  }

  /** The parser's view of inputs. */
  public static List<DataSource> sourcesOf(List<Input> inputs) {
    return inputs.stream().map(DataSource::of).toList();
  }

  /**
   * Parses every source strictly, then merges them.
   *
   * @throws GraphException the first source's error: {@link LoadException} for bad syntax, {@link
   *     SourceUnreadableException} for a file that cannot be read
   */
  public static LoadedGraph load(List<DataSource> sources) {
    Attempt attempt = tryLoad(sources);
    if (!attempt.errors().isEmpty()) {
      throw attempt.errors().get(0);
    }
    return attempt.graph().orElseThrow();
  }

  /**
   * The outcome of loading: the merged graph when every source parsed, else the error of each
   * source that did not, in source order.
   *
   * @param graph the merged graph, present only when {@code errors} is empty
   * @param errors one error per failed source
   */
  public record Attempt(Optional<LoadedGraph> graph, List<GraphException> errors) {}

  /** Parses every source, reporting the error of each one that fails instead of stopping. */
  public static Attempt tryLoad(List<DataSource> sources) {
    GraphSink sink = new GraphSink();
    List<GraphException> errors = new ArrayList<>();
    for (DataSource s : sources) {
      sink.startSource();
      try {
        StreamingParser.parse(s, sink);
      } catch (LoadException | SourceUnreadableException e) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      return new Attempt(Optional.empty(), errors);
    }
    return new Attempt(Optional.of(sink.loaded(sources)), List.of());
  }
}
