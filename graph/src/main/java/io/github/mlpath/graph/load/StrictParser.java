package io.github.mlpath.graph.load;

import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.SourceUnreadableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Parses one document strictly into a fresh graph: well-formed UTF-8 only, Jena's strict mode,
 * every parser warning treated as an error, no JSON-LD context fetched, no nesting deep enough to
 * overflow the stack. Named graphs of TriG and N-Quads are merged into the one graph. Throws {@link
 * LoadException} with the line and column, or {@link SourceUnreadableException}.
 */
public final class StrictParser {
  private StrictParser() {}

  /** The parsed triples of {@code source}, and the prefixes it declared. */
  public static Graph parse(DataSource source) {
    byte[] bytes = read(source);
    Utf8Check.check(source.name(), bytes);
    if (RDFLanguages.sameLang(source.lang(), Lang.JSONLD)) {
      bytes = withoutBom(bytes);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    Lang lang = source.lang();
    if (RDFLanguages.sameLang(lang, Lang.TURTLE)
        || RDFLanguages.sameLang(lang, Lang.TRIG)
        || RDFLanguages.sameLang(lang, Lang.N3)) {
      NestingCheck.check(source.name(), text);
    }
    if (RDFLanguages.sameLang(lang, Lang.JSONLD)) {
      JsonLdSafety.check(source.name(), text);
    }
    Graph graph = GraphFactory.createDefaultGraph();
    try {
      RDFParser.create()
          .source(new ByteArrayInputStream(bytes))
          .lang(lang)
          .base(baseFor(source))
          .strict(true)
          .checking(true)
          .errorHandler(new Raise(source.name()))
          .parse(new Collect(graph));
    } catch (LoadException e) {
      throw e;
    } catch (RiotParseException e) {
      throw new LoadException(source.name(), e.getLine(), e.getCol(), e.getOriginalMessage());
    } catch (RiotException e) {
      throw new LoadException(source.name(), 0, 0, e.getMessage());
    } catch (StackOverflowError e) {
      throw new LoadException(source.name(), 0, 0, "document nested too deep to parse");
    } catch (RuntimeException e) {
      throw new LoadException(
          source.name(), 0, 0, "cannot parse as " + lang.getLabel() + ": " + e.getMessage());
    }
    return graph;
  }

  /** JSON has no byte order mark; one at the start of a JSON-LD file is dropped, as Turtle's is. */
  private static byte[] withoutBom(byte[] bytes) {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
  }

  private static String baseFor(DataSource source) {
    String name = source.name();
    if (name.startsWith("classpath:")) {
      return "https://w3id.org/mlpath/data/" + name.substring("classpath:".length());
    }
    return java.nio.file.Path.of(name).toAbsolutePath().toUri().toString();
  }

  private static byte[] read(DataSource source) {
    try (InputStream in = source.opener().open()) {
      return in.readAllBytes();
    } catch (NoSuchFileException e) {
      throw new SourceUnreadableException(source.name(), "no such file", e);
    } catch (AccessDeniedException e) {
      throw new SourceUnreadableException(source.name(), "permission denied", e);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new SourceUnreadableException(source.name(), "cannot read: " + why, e);
    }
  }

  /** Turns every parser complaint, warnings included, into a {@link LoadException}. */
  private record Raise(String source) implements ErrorHandler {
    @Override
    public void warning(String message, long line, long col) {
      throw new LoadException(source, line, col, message);
    }

    @Override
    public void error(String message, long line, long col) {
      throw new LoadException(source, line, col, message);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new LoadException(source, line, col, message);
    }
  }

  /** Adds every triple, and the triple of every quad, to one graph; keeps the prefixes. */
  private static final class Collect extends StreamRDFBase {
    private final Graph graph;
    private final PrefixMapping prefixes;

    Collect(Graph graph) {
      this.graph = graph;
      this.prefixes = graph.getPrefixMapping();
    }

    @Override
    public void triple(org.apache.jena.graph.Triple triple) {
      graph.add(triple);
    }

    @Override
    public void quad(Quad quad) {
      graph.add(quad.asTriple());
    }

    @Override
    public void prefix(String prefix, String iri) {
      prefixes.setNsPrefix(prefix, iri);
    }
  }
}
