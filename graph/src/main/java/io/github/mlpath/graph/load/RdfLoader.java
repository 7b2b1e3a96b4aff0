package io.github.mlpath.graph.load;

import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.vocab.MLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Loads RDF documents strictly and merges them into one {@link LoadedGraph}. All or nothing: every
 * source is parsed into its own graph first, so one bad file leaves nothing loaded.
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
  public static final String VOCABULARY = "mlpath/vocabulary.ttl";

  /** The classpath resource that lists the bundled curriculum's files, one per line. */
  public static final String CURRICULUM_INDEX = "mlpath/curriculum/INDEX";

  private RdfLoader() {}

  /** The vocabulary, as a source. */
  public static DataSource vocabulary() {
    return DataSource.classpath(VOCABULARY, Lang.TURTLE);
  }

  /** The bundled curriculum's files, in the order of their index. */
  public static List<DataSource> bundled() {
    List<DataSource> out = new ArrayList<>();
    try (InputStream in = RdfLoader.class.getClassLoader().getResourceAsStream(CURRICULUM_INDEX)) {
      if (in == null) {
        throw new SourceUnreadableException(
            "classpath:" + CURRICULUM_INDEX, "missing: the data jar is not on the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        out.add(DataSource.classpath("mlpath/curriculum/" + line, langOf(line)));
      }
    } catch (IOException e) {
      throw new SourceUnreadableException("classpath:" + CURRICULUM_INDEX, e.getMessage(), e);
    }
    return out;
  }

  /**
   * What {@code --data PATH... [--bundled]} loads: the vocabulary, then with {@code withBundled}
   * the bundled curriculum, then the files and folders.
   *
   * @throws SourceUnreadableException as {@link #files} does
   */
  public static List<DataSource> sources(List<Path> paths, boolean withBundled) {
    List<DataSource> out = new ArrayList<>();
    if (withBundled) {
      out.addAll(bundled());
    }
    out.addAll(files(paths));
    return withVocabulary(out);
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
    List<DataSource> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<Path> found =
              walk.filter(Files::isRegularFile).filter(f -> knownLang(f) != null).sorted().toList();
          if (found.isEmpty()) {
            throw new SourceUnreadableException(p.toString(), "folder holds no RDF files");
          }
          found.forEach(f -> out.add(DataSource.file(f, knownLang(f))));
        } catch (IOException e) {
          throw new SourceUnreadableException(p.toString(), "cannot list folder: " + e, e);
        }
      } else if (!Files.exists(p)) {
        throw new SourceUnreadableException(p.toString(), "no such file or folder");
      } else {
        InputFiles.requireRegular(p);
        Lang lang = knownLang(p);
        if (lang == null) {
          throw new SourceUnreadableException(
              p.toString(),
              "unknown RDF syntax; name it .ttl, .nt, .trig, .nq, .jsonld, .rdf, .owl or .xml");
        }
        out.add(DataSource.file(p, lang));
      }
    }
    return out;
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
    List<Graph> graphs = new ArrayList<>();
    List<GraphException> errors = new ArrayList<>();
    for (DataSource s : sources) {
      try {
        graphs.add(StrictParser.parse(s));
      } catch (LoadException | SourceUnreadableException e) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      return new Attempt(Optional.empty(), errors);
    }
    Model model = ModelFactory.createDefaultModel();
    model.setNsPrefixes(MLP.PREFIXES);
    List<Map<String, String>> prefixes = new ArrayList<>();
    for (Graph g : graphs) {
      g.find().forEachRemaining(model.getGraph()::add);
      prefixes.add(g.getPrefixMapping().getNsPrefixMap());
    }
    return new Attempt(
        Optional.of(new LoadedGraph(model, sources, new SourceLocator(sources, prefixes))),
        List.of());
  }

  private static Lang knownLang(Path p) {
    String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".ttl")) {
      return Lang.TURTLE;
    } else if (name.endsWith(".nt")) {
      return Lang.NTRIPLES;
    } else if (name.endsWith(".trig")) {
      return Lang.TRIG;
    } else if (name.endsWith(".nq")) {
      return Lang.NQUADS;
    } else if (name.endsWith(".jsonld")) {
      return Lang.JSONLD;
    } else if (name.endsWith(".rdf") || name.endsWith(".owl") || name.endsWith(".xml")) {
      return Lang.RDFXML;
    }
    return null;
  }

  private static Lang langOf(String name) {
    Lang lang = knownLang(Path.of(name));
    return lang == null ? RDFLanguages.TURTLE : lang;
  }
}
