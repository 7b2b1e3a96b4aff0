package io.github.mlpath.graph.imports.metacademy;

import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.text.TextFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Metacademy's {@code courses/<course>/concepts.txt}: the only place the dataset says a concept is
 * mathematics. Concepts of the three math courses become math topics of the matching mlpath area;
 * every other concept keeps the import's default kind.
 */
final class Courses {
  /** The kind and area a concept gets. */
  record Placement(TopicKind kind, Optional<String> area) {}

  private static final Map<String, String> MATH_AREAS =
      Map.of(
          "linear_algebra", "linear-algebra",
          "multivariable_calculus", "calculus",
          "probability_theory", "probability");

  private Courses() {}

  static Map<String, Placement> read(Path dir, Tags tags, List<ImportFinding> notes) {
    Map<String, Placement> out = new HashMap<>();
    Path courses = dir.resolve("courses");
    if (!Files.isDirectory(courses)) {
      return out;
    }
    List<Path> folders;
    try (Stream<Path> s = Files.list(courses)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      return out;
    }
    for (Path course : folders) {
      String name = course.getFileName().toString();
      String area = MATH_AREAS.get(name);
      Path list = course.resolve("concepts.txt");
      if (area == null || !Files.isRegularFile(list)) {
        notes.add(
            new ImportFinding(
                "course-ignored",
                "courses/"
                    + name
                    + " is not a math course mlpath knows: its concepts keep the default kind",
                Optional.empty()));
        continue;
      }
      TextFile f = TextFile.read(list, "courses/" + name + "/concepts.txt");
      for (int i = 0; i < f.lines().size(); i++) {
        String line = f.lines().get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        Optional<String> tag = tags.resolve(line);
        if (tag.isEmpty()) {
          notes.add(
              ImportFinding.at(f.at(i), "course-unknown-concept", "no concept '" + line + "'"));
        } else {
          out.putIfAbsent(tag.get(), new Placement(TopicKind.MATH, Optional.of(area)));
        }
      }
    }
    return out;
  }
}
