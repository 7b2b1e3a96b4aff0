package io.github.mlpath.graph.imports;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.imports.run.Importer;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.RdfReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;

/** Runs imports of the fixtures under src/test/resources/imports and reads back what they wrote. */
public final class Imports {
  private Imports() {}

  /** A fixture folder or file, relative to src/test/resources/imports. */
  public static Path fixture(String name) {
    return Path.of("src/test/resources/imports").resolve(name);
  }

  public static Importer.ImportResult run(ImportFormat format, String fixture, boolean lenient) {
    return Importer.run(
        format,
        fixture(fixture),
        ImportSettings.defaults(format.name()),
        lenient,
        "out.ttl",
        "mlpath import (test)");
  }

  /** The Turtle of an import as a loaded graph, under the name {@code out.ttl}. */
  public static LoadedGraph load(String turtle) {
    return RdfLoader.load(sources(turtle));
  }

  /** The Turtle of an import, under the name {@code out.ttl}, after the vocabulary. */
  public static List<DataSource> sources(String turtle) {
    byte[] bytes = turtle.getBytes(StandardCharsets.UTF_8);
    return List.of(
        RdfLoader.vocabulary(),
        new DataSource("out.ttl", Lang.TURTLE, () -> new ByteArrayInputStream(bytes)));
  }

  /** The Turtle of an import as a core snapshot. */
  public static Curriculum curriculum(String turtle) {
    return RdfReader.curriculumOf(sources(turtle));
  }

  /** The messages of findings, for comparing with what a user reads. */
  public static List<String> lines(List<ImportFinding> findings) {
    return findings.stream().map(ImportFinding::toString).toList();
  }
}
