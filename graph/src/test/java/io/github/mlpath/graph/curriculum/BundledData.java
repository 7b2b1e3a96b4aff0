package io.github.mlpath.graph.curriculum;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Loads the bundled curriculum exactly as shipped: {@code mlpath/vocabulary.ttl} plus every file
 * listed in {@code mlpath/curriculum/INDEX}, in order, from the classpath. Plain Jena only, so the
 * tests do not depend on the loader being written in parallel.
 */
final class BundledData {

  static final String TOPIC_NS = "https://w3id.org/mlpath/topic/";
  static final String CURRICULUM_DIR = "mlpath/curriculum/";

  private static Model model;

  private BundledData() {}

  /**
   * The vocabulary and every curriculum file, parsed once and shared; callers must not modify it.
   */
  static synchronized Model model() {
    if (model == null) {
      Model m = ModelFactory.createDefaultModel();
      parseInto(m, "mlpath/vocabulary.ttl");
      for (String file : indexedFiles()) {
        parseInto(m, CURRICULUM_DIR + file);
      }
      model = m;
    }
    return model;
  }

  /** The file names listed in INDEX, without comments and blank lines, in order. */
  static List<String> indexedFiles() {
    return readLines(CURRICULUM_DIR + "INDEX").stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .collect(Collectors.toList());
  }

  static String read(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /**
   * The id a label must have: lower case, apostrophes dropped, every other run of characters that
   * are not letters or digits turned into one hyphen ("Bayes' theorem" is {@code bayes-theorem}).
   */
  static String slug(String label) {
    return label
        .toLowerCase(Locale.ROOT)
        .replace("'", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }

  private static List<String> readLines(String path) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
      return reader.lines().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  private static void parseInto(Model m, String path) {
    try (InputStream in = open(path)) {
      RDFParser.create().source(in).lang(Lang.TURTLE).base("classpath:" + path).parse(m);
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = BundledData.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("not on the classpath: " + path);
    }
    return in;
  }

  /** Every node reachable from {@code start} along {@code edges}, {@code start} itself excluded. */
  static Set<String> closure(String start, Map<String, Set<String>> edges) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(edges.getOrDefault(start, Set.of()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(edges.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }
}
