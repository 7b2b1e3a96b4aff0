package io.github.mlpath.graph.load;

import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.SourceUnreadableException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.CDTAwareParserProfile;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.FactoryRDF;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * Parses one document strictly, as a stream, into an {@link RdfSink}: well-formed UTF-8 only,
 * Jena's strict mode with checking, every parser warning an error, no JSON-LD context fetched, no
 * nesting deep enough to overflow the stack; each triple with the line and column it was read at.
 * Nothing is held in memory but the parser's own buffers (JSON-LD, which its parser reads whole, is
 * the exception). A bad document throws {@link LoadException} with its position, after the triples
 * before the error reached the sink; a document that cannot be opened throws {@link
 * SourceUnreadableException}. Parser settings are those of Jena's {@code RDFParser} with {@code
 * strict(true)}, and no base IRI: a relative IRI is an error unless the document declares its own
 * base ({@code @base}, {@code xml:base}), so the file's own {@code file:} IRI never names a node.
 */
public final class StreamingParser {
  private StreamingParser() {}

  /** Streams the triples of {@code source} into {@code sink}. */
  public static void parse(DataSource source, RdfSink sink) {
    parse(source, sink, null);
  }

  /**
   * Streams the triples of {@code source} into {@code sink} as {@link #parse(DataSource, RdfSink)}
   * does, naming blank nodes from {@code blankNodes}: the parts of one document parsed apart share
   * one, so that a label names the same blank node in each (null: a fresh one). Returns how many
   * line feeds the document has.
   */
  public static long parse(DataSource source, RdfSink sink, UUID blankNodes) {
    Lang lang = source.lang();
    try (InputStream raw = open(source)) {
      CheckedInputStream checked =
          new CheckedInputStream(
              source.name(), new BufferedInputStream(raw, 1 << 16), turtleLike(lang));
      InputStream in = RDFLanguages.sameLang(lang, Lang.JSONLD) ? jsonLd(source, checked) : checked;
      Context context = RIOT.getContext().copy();
      Positioned profile = profile(source, context, blankNodes);
      RDFParserRegistry.getFactory(lang)
          .create(lang, profile)
          .read(in, null, lang.getContentType(), new Forward(sink, profile), context);
      return checked.lines();
    } catch (LoadException | SourceUnreadableException e) {
      throw e;
    } catch (RiotParseException e) {
      throw new LoadException(source.name(), e.getLine(), e.getCol(), e.getOriginalMessage());
    } catch (RiotException e) {
      LoadException cause = causeOf(e);
      throw cause != null ? cause : new LoadException(source.name(), 0, 0, e.getMessage());
    } catch (StackOverflowError e) {
      throw new LoadException(source.name(), 0, 0, "document nested too deep to parse");
    } catch (IOException e) {
      throw unreadable(source, e);
    } catch (RuntimeException e) {
      LoadException cause = causeOf(e);
      if (cause != null) {
        throw cause;
      }
      throw new LoadException(
          source.name(), 0, 0, "cannot parse as " + lang.getLabel() + ": " + e.getMessage());
    }
  }

  /** JSON-LD, which its parser reads whole: checked and read first, then parsed from memory. */
  private static InputStream jsonLd(DataSource source, CheckedInputStream checked) {
    byte[] bytes = withoutBom(readAll(source, checked));
    JsonLdSafety.check(source.name(), new String(bytes, StandardCharsets.UTF_8));
    return new ByteArrayInputStream(bytes);
  }

  /** Whether brackets are counted, to refuse nesting deep enough to overflow the parser's stack. */
  private static boolean turtleLike(Lang lang) {
    return RDFLanguages.sameLang(lang, Lang.TURTLE)
        || RDFLanguages.sameLang(lang, Lang.TRIG)
        || RDFLanguages.sameLang(lang, Lang.N3);
  }

  private static Positioned profile(DataSource source, Context context, UUID blankNodes) {
    IRIxResolver resolver =
        IRIxResolver.create().noBase().resolve(true).allowRelative(false).build();
    FactoryRDF factory =
        blankNodes == null
            ? RiotLib.factoryRDF()
            : RiotLib.factoryRDF(LabelToNode.createScopeByDocumentHash(blankNodes));
    return new Positioned(factory, new Raise(source.name()), resolver, context);
  }

  private static InputStream open(DataSource source) {
    try {
      return source.opener().open();
    } catch (IOException e) {
      throw unreadable(source, e);
    }
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

  private static byte[] readAll(DataSource source, InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  private static SourceUnreadableException unreadable(DataSource source, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new SourceUnreadableException(source.name(), "no such file", e);
    }
    if (e instanceof AccessDeniedException) {
      return new SourceUnreadableException(source.name(), "permission denied", e);
    }
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new SourceUnreadableException(source.name(), "cannot read: " + why, e);
  }

  private static LoadException causeOf(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof LoadException le) {
        return le;
      }
    }
    return null;
  }

  /**
   * Jena's strict parser profile, noting where each triple was made and where the last few nodes
   * were written, so that a triple's subject can be placed where the user wrote it.
   */
  private static final class Positioned extends CDTAwareParserProfile {
    private static final int RECENT = 8;
    private final Node[] recent = new Node[RECENT];
    private final long[] recentAt = new long[RECENT];
    private int next;
    long at;
    long subjectAt;

    Positioned(FactoryRDF factory, ErrorHandler errors, IRIxResolver resolver, Context context) {
      super(factory, errors, resolver, PrefixMapFactory.create(), context, true, true);
    }

    private Node note(Node n, long line, long col) {
      recent[next] = n;
      recentAt[next] = RdfSink.at(line, col);
      next = (next + 1) % RECENT;
      return n;
    }

    private void placed(Node s, long line, long col) {
      at = RdfSink.at(line, col);
      subjectAt = at;
      for (int i = 1; i <= RECENT; i++) {
        int k = (next - i + RECENT) % RECENT;
        if (recent[k] == s) {
          subjectAt = recentAt[k];
          break;
        }
      }
    }

    @Override
    public Node createURI(String iri, long line, long col) {
      return note(super.createURI(iri, line, col), line, col);
    }

    @Override
    public Node createURI(org.apache.jena.irix.IRIx iri, long line, long col) {
      return note(super.createURI(iri, line, col), line, col);
    }

    @Override
    public Node createBlankNode(Node scope, String label, long line, long col) {
      return note(super.createBlankNode(scope, label, line, col), line, col);
    }

    @Override
    public Node createBlankNode(Node scope, long line, long col) {
      return note(super.createBlankNode(scope, line, col), line, col);
    }

    @Override
    public Triple createTriple(Node s, Node p, Node o, long line, long col) {
      placed(s, line, col);
      return super.createTriple(s, p, o, line, col);
    }

    @Override
    public Quad createQuad(Node g, Node s, Node p, Node o, long line, long col) {
      placed(s, line, col);
      return super.createQuad(g, s, p, o, line, col);
    }
  }

  /** Hands each triple, and the triple of each quad, to the sink with its position. */
  private static final class Forward extends StreamRDFBase {
    private final RdfSink sink;
    private final Positioned at;

    Forward(RdfSink sink, Positioned at) {
      this.sink = sink;
      this.at = at;
    }

    @Override
    public void triple(Triple t) {
      sink.triple(t.getSubject(), t.getPredicate(), t.getObject(), at.at, at.subjectAt);
    }

    @Override
    public void quad(Quad q) {
      sink.triple(q.getSubject(), q.getPredicate(), q.getObject(), at.at, at.subjectAt);
    }

    @Override
    public void prefix(String prefix, String iri) {
      sink.prefix(prefix, iri);
    }
  }

  /** Turns every parser complaint, warnings included, into a {@link LoadException}. */
  private record Raise(String source) implements ErrorHandler {
    /** Jena's words for a relative IRI with no base (Turtle, TriG, N-Triples; RDF/XML). */
    private static final Pattern RELATIVE =
        Pattern.compile("Relative IRI: (.*)|Relative URI encountered: <(.*)>");

    @Override
    public void warning(String message, long line, long col) {
      throw new LoadException(source, line, col, inWords(message));
    }

    @Override
    public void error(String message, long line, long col) {
      throw new LoadException(source, line, col, inWords(message));
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new LoadException(source, line, col, inWords(message));
    }

    private static String inWords(String message) {
      Matcher m = RELATIVE.matcher(message);
      if (!m.matches()) {
        return message;
      }
      String iri = m.group(1) != null ? m.group(1) : m.group(2);
      return "relative IRI <"
          + iri
          + "> with no base: write it in full or with a prefix (topic:...), or declare @base;"
          + " mlpath never resolves an IRI against the file's own location";
    }
  }
}
