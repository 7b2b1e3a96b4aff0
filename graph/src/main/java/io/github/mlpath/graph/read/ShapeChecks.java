package io.github.mlpath.graph.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * SHACL's property constraints on one focus node, as the shapes use them: counts, unique languages,
 * and a test on each value. A failed test on a value reports the value after the message, as
 * jena-shacl's reports did: {@code message (value: <iri>)}.
 */
final class ShapeChecks {
  private final Facts f;
  private final Findings out;
  private final int focus;
  private final List<String> concerns;

  ShapeChecks(Facts f, Findings out, int focus, List<String> concerns) {
    this.f = f;
    this.out = out;
    this.focus = focus;
    this.concerns = concerns;
  }

  void minCount(String rule, String message, int p, int min) {
    if (f.objects(focus, p).length < min) {
      out.error(rule, message, focus, f.firstPosition(focus), concerns);
    }
  }

  /** {@link #minCount}, for a value the curriculum cannot do without and makes up instead. */
  void minCountLeftOut(String rule, String message, int p, int min) {
    if (f.objects(focus, p).length < min) {
      out.leftOut(rule, message, focus, f.firstPosition(focus), concerns);
    }
  }

  void maxCount(String rule, String message, int p, int max) {
    int[] values = f.objects(focus, p);
    if (values.length > max) {
      long at = Positions.NOWHERE;
      for (int v : values) {
        at = Positions.inLatestSource(at, f.position(focus, p, v));
      }
      out.error(rule, message, focus, at, concerns);
    }
  }

  /** Reports each language that two values of {@code p} share, with the first of them. */
  void uniqueLang(String rule, String message, int p) {
    Map<String, Integer> first = new HashMap<>();
    Set<String> reported = new HashSet<>();
    for (int o : f.objects(focus, p)) {
      if (f.isLiteral(o) && !f.lang(o).isEmpty()) {
        String lang = f.lang(o).toLowerCase(Locale.ROOT);
        Integer earlier = first.putIfAbsent(lang, o);
        if (earlier != null && reported.add(lang)) {
          out.error(rule, withValue(message, earlier), focus, f.position(focus, p, o), concerns);
        }
      }
    }
  }

  /** Reports every value of {@code p} that fails {@code ok}. */
  void each(String rule, String message, int p, IntPredicate ok) {
    eachFailing(out::error, rule, message, p, ok);
  }

  /** {@link #each}, as warnings ({@code sh:severity sh:Warning}). */
  void eachWarning(String rule, String message, int p, IntPredicate ok) {
    eachFailing(out::warning, rule, message, p, ok);
  }

  /** {@link #each}, for values the curriculum leaves out when they fail. */
  void eachLeftOut(String rule, String message, int p, IntPredicate ok) {
    eachFailing(out::leftOut, rule, message, p, ok);
  }

  /** How a failed value is reported: as an error, a warning or an error whose value is left out. */
  private interface Report {
    void add(String rule, String message, int focus, long position, List<String> topics);
  }

  private void eachFailing(Report report, String rule, String message, int p, IntPredicate ok) {
    for (int o : f.objects(focus, p)) {
      if (!ok.test(o)) {
        report.add(rule, withValue(message, o), focus, f.position(focus, p, o), concerns);
      }
    }
  }

  /** The message with the offending value after it, unless the value is the focus itself. */
  private String withValue(String message, int value) {
    return value == focus ? message : message + " (value: " + Values.shown(f, value) + ")";
  }
}
