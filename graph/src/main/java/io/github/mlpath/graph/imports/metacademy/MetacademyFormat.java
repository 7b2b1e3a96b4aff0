package io.github.mlpath.graph.imports.metacademy;

import io.github.mlpath.core.Resource;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.imports.ImportException;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.ImportFormat;
import io.github.mlpath.graph.imports.ImportSettings;
import io.github.mlpath.graph.imports.Imported;
import io.github.mlpath.graph.imports.ImportedEdge;
import io.github.mlpath.graph.imports.ImportedTopic;
import io.github.mlpath.graph.imports.text.TextFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The metacademy-content layout: {@code concepts/<tag>/} with {@code title.txt}, {@code
 * summary.txt}, {@code dependencies.txt} and {@code resources.txt}; the root {@code resources.txt}
 * of sources; {@code time_estimates/concepts.txt} (hours per tag); {@code
 * courses/<course>/concepts.txt}. A topic's id is the slug of its tag, its label the title, its
 * definition the summary; concepts in the linear algebra, multivariable calculus and probability
 * courses are math topics of those areas. See docs/import.md.
 */
public final class MetacademyFormat implements ImportFormat {
  /** Metacademy's own example of its file format, not a concept. */
  static final String EXAMPLE_FOLDER = "ANNOTATED_EXAMPLE";

  @Override
  public String name() {
    return "metacademy";
  }

  @Override
  public Imported read(Path source, ImportSettings settings) {
    Path concepts = source.resolve("concepts");
    if (!Files.isDirectory(source)) {
      throw new SourceUnreadableException(source.toString(), "no such folder");
    }
    if (!Files.isDirectory(concepts)) {
      throw new ImportException(
          source + ": not a metacademy-content folder (it has no concepts/ folder)");
    }
    Reading r = new Reading(source, settings, tags(concepts, source));
    for (String tag : r.tags) {
      r.concept(concepts.resolve(tag), tag);
    }
    return r.finish(name());
  }

  /** One read of a folder: what the root files say, and what the concepts give so far. */
  private static final class Reading {
    final List<ImportFinding> notes = new ArrayList<>();
    final List<String> tags;
    final Tags names;
    final Path source;
    final ImportSettings settings;
    final Map<String, Duration> times;
    final Map<String, Courses.Placement> placed;
    final ConceptResources resources;
    final List<ImportedTopic> topics = new ArrayList<>();
    final List<ImportedEdge> edges = new ArrayList<>();
    final List<Resource> parts = new ArrayList<>();
    final Map<String, String> startWith = new LinkedHashMap<>();

    Reading(Path source, ImportSettings settings, List<String> tags) {
      this.source = source;
      this.settings = settings;
      this.tags = tags;
      this.names = new Tags(tags);
      this.times = TimeEstimates.read(source, notes);
      this.placed = Courses.read(source, names, notes);
      String ns = settings.namespace();
      this.resources =
          new ConceptResources(Sources.read(source, notes), id -> ns + "resource/" + id, notes);
    }

    void concept(Path dir, String tag) {
      String slug = names.slug(tag);
      ConceptResources.ForConcept found =
          optional(dir, tag, "resources.txt")
              .map(f -> resources.read(f, slug))
              .orElse(
                  new ConceptResources.ForConcept(List.of(), Optional.empty(), Optional.empty()));
      parts.addAll(found.resources());
      found.startWith().ifPresent(r -> startWith.put(slug, r));
      Courses.Placement place =
          placed.getOrDefault(tag, new Courses.Placement(settings.kind(), settings.area()));
      TextFile title = TextFile.read(dir.resolve("title.txt"), "concepts/" + tag + "/title.txt");
      topics.add(
          new ImportedTopic(
              tag,
              slug,
              text(title).orElse(tag),
              place.kind(),
              place.area(),
              optional(dir, tag, "summary.txt").flatMap(MetacademyFormat::text),
              found.wikipedia(),
              Optional.ofNullable(times.get(tag)),
              title.at(0)));
      optional(dir, tag, "dependencies.txt")
          .ifPresent(f -> edges.addAll(Dependencies.read(f, tag, slug, names, notes)));
    }

    Imported finish(String format) {
      resources.finish();
      names.noteRepairs(notes);
      List<Resource> all = new ArrayList<>(resources.containers());
      all.addAll(parts);
      return new Imported(
          format,
          source.toString(),
          ATTRIBUTION,
          settings.namespace(),
          MathPrerequisites.apply(topics, edges, notes),
          edges,
          0,
          all,
          startWith,
          notes);
    }
  }

  private static final List<String> ATTRIBUTION =
      List.of(
          "Metacademy (metacademy.org), the metacademy-content repository by the Metacademy"
              + " contributors,",
          "licensed CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/);"
              + " this derived file is under the same licence.");

  private static List<String> tags(Path concepts, Path source) {
    try (Stream<Path> s = Files.list(concepts)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("title.txt")))
          .map(p -> p.getFileName().toString())
          .filter(t -> !t.equals(EXAMPLE_FOLDER))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SourceUnreadableException(
          source + "/concepts", "cannot list: " + e.getMessage(), e);
    }
  }

  private static Optional<TextFile> optional(Path dir, String tag, String file) {
    Path p = dir.resolve(file);
    return Files.isRegularFile(p)
        ? Optional.of(TextFile.read(p, "concepts/" + tag + "/" + file))
        : Optional.empty();
  }

  /** The text of a one-paragraph file: its lines that are not comments, joined by spaces. */
  static Optional<String> text(TextFile f) {
    String joined =
        String.join(
                " ",
                f.lines().stream()
                    .filter(l -> !l.stripLeading().startsWith("#"))
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList())
            .strip();
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }
}
