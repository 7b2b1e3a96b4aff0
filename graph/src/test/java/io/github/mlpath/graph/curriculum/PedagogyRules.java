package io.github.mlpath.graph.curriculum;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.CurriculumReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * The rules a teacher would sign, as checks that return every violation (issue 11). Run on the
 * bundled curriculum they must find nothing; run on the fixtures in {@code fixtures/pedagogy} they
 * must find what those fixtures break, so no rule is a test that cannot fail.
 */
final class PedagogyRules {
  /** Classical models: none of them may depend on neural networks. */
  static final List<String> CLASSICAL =
      List.of(
          "linear-regression",
          "logistic-regression",
          "softmax-regression",
          "ridge-regression",
          "support-vector-machines",
          "k-means-clustering",
          "k-nearest-neighbours",
          "principal-component-analysis",
          "decision-trees",
          "random-forests",
          "gradient-boosting",
          "naive-bayes",
          "gaussian-mixture-models");

  /** What "depends on neural networks" means: reaching any of these. */
  static final List<String> NEURAL = List.of("neural-networks", "backpropagation");

  /** Models and projects trained by backpropagation: each must reach what that needs. */
  static final List<String> TRAINED_BY_BACKPROPAGATION =
      List.of(
          "convolutional-neural-networks",
          "recurrent-neural-networks",
          "long-short-term-memory",
          "autoencoders",
          "transformers",
          "mnist-handwritten-digits",
          "small-cnn-image-classifier",
          "character-level-text-generator");

  static final List<String> TRAINING = List.of("activation-functions", "backpropagation");

  /**
   * The school areas: knowing one of them (as {@code --known trigonometry} says) must not imply
   * knowing any topic outside them.
   */
  static final List<String> SCHOOL_AREAS = List.of("algebra", "trigonometry");

  private PedagogyRules() {}

  static Curriculum bundled() {
    return CurriculumReader.read(RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled())));
  }

  static Curriculum fixture(String name) {
    try {
      Path p = Path.of(PedagogyRules.class.getResource("/fixtures/pedagogy/" + name).toURI());
      return CurriculumReader.read(
          RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.files(List.of(p)))));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** "a -> b" for every edge without a reason. */
  static List<String> edgesWithoutReason(Curriculum c) {
    List<String> out = new ArrayList<>();
    for (var p : c.prerequisites()) {
      if (p.reason().isEmpty()) {
        out.add(p.topic() + " -> " + p.required());
      }
    }
    return out;
  }

  /**
   * "model -> x" for every model of {@code models} whose closure reaches a topic of {@code bad}.
   */
  static List<String> reaching(Curriculum c, List<String> models, List<String> bad) {
    List<String> out = new ArrayList<>();
    for (String m : models) {
      BitSet closure = closure(c, m);
      for (String b : bad) {
        if (c.indexOf(b).isPresent() && closure.get(c.indexOf(b).getAsInt())) {
          out.add(m + " -> " + b);
        }
      }
    }
    return out;
  }

  /** "model misses x" for every model whose closure lacks a topic of {@code needed}. */
  static List<String> missing(Curriculum c, List<String> models, List<String> needed) {
    List<String> out = new ArrayList<>();
    for (String m : models) {
      BitSet closure = closure(c, m);
      for (String n : needed) {
        if (c.indexOf(n).isEmpty() || !closure.get(c.indexOf(n).getAsInt())) {
          out.add(m + " misses " + n);
        }
      }
    }
    return out;
  }

  /** "a -> u" for every edge to an umbrella, and "u -> b" for every edge from one. */
  static List<String> umbrellaEdges(Curriculum c) {
    List<String> out = new ArrayList<>();
    for (var p : c.prerequisites()) {
      if (umbrella(c, p.topic()) || umbrella(c, p.required())) {
        out.add(p.topic() + " -> " + p.required());
      }
    }
    return out;
  }

  /**
   * Where the teaching order is missing, repeated, or, within one kind, puts a topic before one it
   * requires.
   */
  static List<String> teachingOrderProblems(Curriculum c) {
    List<String> out = new ArrayList<>();
    java.util.Map<Integer, String> seen = new java.util.HashMap<>();
    for (int v = 0; v < c.size(); v++) {
      OptionalInt o = c.teachingOrder(v);
      if (c.isUmbrella(v)) {
        continue;
      }
      if (o.isEmpty()) {
        out.add(c.id(v) + " has no teaching order");
        continue;
      }
      String other = seen.put(o.getAsInt(), c.id(v));
      if (other != null) {
        out.add(c.id(v) + " shares " + o.getAsInt() + " with " + other);
      }
      for (int w : c.requires().neighbors(v)) {
        TopicKind kind = c.kind(v);
        OptionalInt ow = c.teachingOrder(w);
        if (c.kind(w) == kind && ow.isPresent() && ow.getAsInt() >= o.getAsInt()) {
          out.add(c.id(v) + " comes before " + c.id(w) + ", which it requires");
        }
      }
    }
    return out;
  }

  /**
   * "umbrella: part -> topic (area)" for every topic outside {@code areas} that a part of one of
   * the umbrellas named by {@code areas} requires, directly or not.
   */
  static List<String> impliedOutside(Curriculum c, List<String> areas) {
    List<String> out = new ArrayList<>();
    for (String area : areas) {
      if (c.indexOf(area).isEmpty()) {
        continue;
      }
      for (int part : c.parts(c.indexOf(area).getAsInt())) {
        BitSet closure = Closure.prerequisites(c, part);
        for (int t = closure.nextSetBit(0); t >= 0; t = closure.nextSetBit(t + 1)) {
          String where = c.area(t).map(a -> a.id()).orElse("no area");
          if (!areas.contains(where)) {
            out.add(area + ": " + c.id(part) + " -> " + c.id(t) + " (" + where + ")");
          }
        }
      }
    }
    return out;
  }

  private static boolean umbrella(Curriculum c, String id) {
    return c.isUmbrella(c.indexOf(id).getAsInt());
  }

  private static BitSet closure(Curriculum c, String id) {
    return c.indexOf(id).isPresent()
        ? Closure.prerequisites(c, c.indexOf(id).getAsInt())
        : new BitSet();
  }
}
