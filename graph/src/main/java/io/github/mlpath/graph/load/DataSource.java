package io.github.mlpath.graph.load;

import io.github.mlpath.core.Records;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;

/**
 * One RDF document to load: a file or a classpath resource, with its syntax.
 *
 * @param name how messages name it: the path as given, or {@code classpath:...}
 * @param lang its RDF syntax
 * @param opener opens a fresh stream of its bytes
 */
public record DataSource(String name, Lang lang, Opener opener) {

  /** Opens the bytes of a source. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;

    /** Opens a classpath resource of the data module, such as {@code mlpath/vocabulary.ttl}. */
    static Opener classpath(String resource) {
      return () -> {
        InputStream in = Opener.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
          throw new IOException("no such classpath resource");
        }
        return in;
      };
    }
  }

  public DataSource {
    Records.requireNonNull(DataSource.class, name, lang, opener);
  }

  /** The source of an input: its syntax as Jena's language. */
  public static DataSource of(Input input) {
    Lang lang =
        switch (input.syntax()) {
          case TURTLE -> Lang.TURTLE;
          case NTRIPLES -> Lang.NTRIPLES;
          case TRIG -> Lang.TRIG;
          case NQUADS -> Lang.NQUADS;
          case JSONLD -> Lang.JSONLD;
          case RDFXML -> Lang.RDFXML;
        };
    return new DataSource(input.name(), lang, input.opener());
  }

  /** A file, its syntax taken from its extension; opened only if it is a regular file. */
  public static DataSource file(Path path, Lang lang) {
    return new DataSource(path.toString(), lang, () -> InputFiles.open(path));
  }

  /** A classpath resource of the data module, such as {@code mlpath/vocabulary.ttl}. */
  public static DataSource classpath(String resource, Lang lang) {
    return new DataSource("classpath:" + resource, lang, Opener.classpath(resource));
  }
}
