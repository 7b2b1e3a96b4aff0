package io.github.mlpath.graph.validate;

import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfLoader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * Runs the shapes of {@code mlpath/shapes.ttl} with jena-shacl, for the tests that check the
 * reader's rules say what the shapes say.
 */
public final class ShaclRules {
  /** The classpath resource holding the shapes. */
  public static final String SHAPES = "mlpath/shapes.ttl";

  private static volatile Shapes shapes;

  private ShaclRules() {}

  /** A SHACL result, before it is located in a file. */
  public record Finding(Severity severity, String rule, Node focus, String message) {}

  public static List<Finding> check(Graph data) {
    List<Finding> out = new ArrayList<>();
    for (ReportEntry e : ShaclValidator.get().validate(shapes(), data).getEntries()) {
      Severity severity =
          e.severity().level().equals(SHACL.Violation)
              ? Severity.ERROR
              : e.severity().level().equals(SHACL.Warning) ? Severity.WARNING : Severity.INFO;
      Node source = e.source();
      String rule =
          source != null && source.isURI()
              ? source.getURI().substring(source.getURI().indexOf('#') + 1)
              : "shacl";
      String message = e.message();
      if (e.value() != null
          && !e.value().equals(e.focusNode())
          && !message.contains(e.value().toString())) {
        message += " (value: " + shortValue(e.value()) + ")";
      }
      out.add(new Finding(severity, rule, e.focusNode(), message));
    }
    return out;
  }

  private static String shortValue(Node value) {
    if (value.isURI()) {
      return "<" + value.getURI() + ">";
    }
    if (value.isLiteral()) {
      return "\"" + value.getLiteralLexicalForm() + "\"";
    }
    return value.toString();
  }

  /** The shapes graph, parsed once. */
  public static Shapes shapes() {
    Shapes s = shapes;
    if (s == null) {
      synchronized (ShaclRules.class) {
        if (shapes == null) {
          shapes =
              Shapes.parse(
                  RdfLoader.load(List.of(DataSource.classpath(SHAPES, Lang.TURTLE)))
                      .model()
                      .getGraph());
        }
        s = shapes;
      }
    }
    return s;
  }
}
