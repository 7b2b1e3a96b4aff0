package io.github.mlpath.graph.load;

import io.github.mlpath.graph.SourceUnreadableException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which documents a command reads: the vocabulary first, then the bundled curriculum's files in the
 * order of its index (when asked for), then the given files, folders read recursively in path
 * order. No RDF library is involved.
 */
public final class Inputs {
  /** The classpath resource of the vocabulary. */
  public static final String VOCABULARY = "mlpath/vocabulary.ttl";

  /** The classpath resource that lists the bundled curriculum's files, one per line. */
  public static final String CURRICULUM_INDEX = "mlpath/curriculum/INDEX";

  private Inputs() {}

  /**
   * The vocabulary, the bundled curriculum when {@code withBundled}, and the files.
   *
   * @throws SourceUnreadableException for a path that does not exist, a folder without RDF files,
   *     or a file whose syntax its name does not tell
   */
  public static List<Input> of(List<Path> paths, boolean withBundled) {
    List<Input> out = new ArrayList<>();
    out.add(vocabulary());
    if (withBundled) {
      out.addAll(bundled());
    }
    out.addAll(files(paths));
    return out;
  }

  public static Input vocabulary() {
    return Input.classpath(VOCABULARY, RdfSyntax.TURTLE);
  }

  /** The bundled curriculum's files, in the order of their index. */
  public static List<Input> bundled() {
    List<Input> out = new ArrayList<>();
    try (InputStream in = Inputs.class.getClassLoader().getResourceAsStream(CURRICULUM_INDEX)) {
      if (in == null) {
        throw new SourceUnreadableException(
            "classpath:" + CURRICULUM_INDEX, "missing: the data jar is not on the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          RdfSyntax syntax = RdfSyntax.of(Path.of(line)).orElse(RdfSyntax.TURTLE);
          out.add(Input.classpath("mlpath/curriculum/" + line, syntax));
        }
      }
    } catch (IOException e) {
      throw new SourceUnreadableException("classpath:" + CURRICULUM_INDEX, e.getMessage(), e);
    }
    return out;
  }

  /** Files as they are, folders as their RDF files (by extension), recursively, in path order. */
  public static List<Input> files(List<Path> paths) {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<Path> found =
              walk.filter(Files::isRegularFile)
                  .filter(f -> RdfSyntax.of(f).isPresent())
                  .sorted()
                  .toList();
          if (found.isEmpty()) {
            throw new SourceUnreadableException(p.toString(), "folder holds no RDF files");
          }
          found.forEach(f -> out.add(Input.file(f, RdfSyntax.of(f).orElseThrow())));
        } catch (IOException e) {
          throw new SourceUnreadableException(p.toString(), "cannot list folder: " + e, e);
        }
      } else if (!Files.exists(p)) {
        throw new SourceUnreadableException(p.toString(), "no such file or folder");
      } else {
        InputFiles.requireRegular(p);
        RdfSyntax syntax =
            RdfSyntax.of(p)
                .orElseThrow(
                    () ->
                        new SourceUnreadableException(
                            p.toString(),
                            "unknown RDF syntax; name it .ttl, .nt, .trig, .nq, .jsonld, .rdf,"
                                + " .owl or .xml"));
        out.add(Input.file(p, syntax));
      }
    }
    return out;
  }
}
