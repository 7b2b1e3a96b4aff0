package io.github.mlpath.bench;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.ResourceChoice;
import io.github.mlpath.core.lookup.ResourceChooser;
import io.github.mlpath.core.lookup.ResourcePreferences;
import io.github.mlpath.core.plan.HoursEstimate;
import io.github.mlpath.core.plan.HoursModel;
import io.github.mlpath.core.plan.TopicHours;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.CurriculumReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the hours model with Metacademy's per-concept time estimates (metacademy-content, {@code
 * time_estimates/concepts.txt}, CC BY-SA 3.0 US), on the bundled topics that are the same concept
 * as a Metacademy one ({@code metacademy-concepts.tsv}) and whose hours come from a confirmed size.
 * It prints how many topics were compared, the median and spread of the ratio model/Metacademy for
 * the given model, and, with the model's consumption factor and rates, the practice time per topic
 * that would bring the median ratio closest to 1. The dataset is read from the path given; nothing
 * of it is kept. Run it with {@code java -cp bench/target/benchmarks.jar
 * io.github.mlpath.bench.HoursCalibration PATH/TO/metacademy-content}.
 */
public final class HoursCalibration {
  private HoursCalibration() {}

  /** One compared topic: the model's minutes without practice, and Metacademy's minutes. */
  record Pair(
      String topic, double consumedMinutes, double modelMinutes, double metacademyMinutes) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: HoursCalibration PATH/TO/metacademy-content");
      System.exit(2);
    }
    Map<String, Double> estimates = estimates(Path.of(args[0]));
    Curriculum c =
        CurriculumReader.read(RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled())));
    List<Pair> pairs = pairs(c, mapping(), estimates, HoursModel.DEFAULT);
    double[] ratios =
        pairs.stream().mapToDouble(p -> p.modelMinutes() / p.metacademyMinutes()).toArray();
    System.out.printf(
        Locale.ROOT,
        "topics compared: %d of %d mapped (the others have no confirmed size)%n",
        pairs.size(),
        mapping().size());
    System.out.printf(
        Locale.ROOT,
        "model/Metacademy: median %.2f, quartiles %.2f to %.2f; median |log ratio| %.2f%n",
        median(ratios),
        quantile(ratios, 0.25),
        quantile(ratios, 0.75),
        median(
            pairs.stream()
                .mapToDouble(p -> Math.abs(Math.log(p.modelMinutes() / p.metacademyMinutes())))
                .toArray()));
    System.out.printf(
        Locale.ROOT,
        "median Metacademy estimate on these topics: %.2f h%n",
        median(pairs.stream().mapToDouble(Pair::metacademyMinutes).toArray()) / 60);
    System.out.printf(
        Locale.ROOT,
        "practice minutes per topic (math or ML) that make the median ratio 1: %d%n",
        bestPractice(pairs));
  }

  static List<Pair> pairs(
      Curriculum c, Map<String, String> mapping, Map<String, Double> estimates, HoursModel model) {
    HoursModel noPractice =
        new HoursModel(
            model.consumptionFactor(),
            model.pagesPerHour(),
            model.wordsPerMinute(),
            new HoursEstimate(0, 0, 0, 0),
            model.fallback());
    List<Pair> out = new ArrayList<>();
    mapping.forEach(
        (topic, tag) -> {
          var v = c.indexOf(topic);
          Double hours = estimates.get(tag);
          if (v.isEmpty() || hours == null) {
            return;
          }
          Optional<ResourceChoice> choice =
              ResourceChooser.choose(c, v.getAsInt(), ResourcePreferences.NONE);
          TopicHours h = model.hours(c, v.getAsInt(), choice.map(ResourceChoice::resource));
          if (!h.estimated()) {
            TopicHours bare =
                noPractice.hours(c, v.getAsInt(), choice.map(ResourceChoice::resource));
            out.add(new Pair(topic, bare.minutes(), h.minutes(), hours * 60));
          }
        });
    return out;
  }

  /**
   * The practice minutes, in steps of 5, that bring the median of (bare + practice)/Metacademy to
   * 1.
   */
  static int bestPractice(List<Pair> pairs) {
    int best = 0;
    double bestDistance = Double.MAX_VALUE;
    for (int practice = 0; practice <= 240; practice += 5) {
      int p = practice;
      double m =
          median(
              pairs.stream()
                  .mapToDouble(x -> (x.consumedMinutes() + p) / x.metacademyMinutes())
                  .toArray());
      if (Math.abs(Math.log(m)) < bestDistance) {
        bestDistance = Math.abs(Math.log(m));
        best = practice;
      }
    }
    return best;
  }

  private static Map<String, Double> estimates(Path dir) throws IOException {
    Map<String, Double> out = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("time_estimates").resolve("concepts.txt"))) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length == 2) {
        out.put(parts[0], Double.parseDouble(parts[1]));
      }
    }
    return out;
  }

  private static Map<String, String> mapping() {
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                HoursCalibration.class.getResourceAsStream("metacademy-concepts.tsv"),
                StandardCharsets.UTF_8))) {
      r.lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .forEach(l -> out.put(l.split("\t")[0], l.split("\t")[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static double median(double[] xs) {
    return quantile(xs, 0.5);
  }

  private static double quantile(double[] xs, double q) {
    double[] s = xs.clone();
    java.util.Arrays.sort(s);
    if (s.length == 0) {
      return Double.NaN;
    }
    double pos = q * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
  }
}
