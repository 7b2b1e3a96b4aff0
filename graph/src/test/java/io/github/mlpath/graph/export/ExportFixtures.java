package io.github.mlpath.graph.export;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.RdfReader;
import io.github.mlpath.graph.synthetic.NTriplesWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;

/** A loaded graph and its snapshot, and exports of them as strings or files, for the tests. */
record ExportFixtures(LoadedGraph graph, Curriculum curriculum) {
  private static ExportFixtures bundled;

  /** The bundled curriculum, loaded once. */
  static synchronized ExportFixtures bundled() {
    if (bundled == null) {
      bundled = of(RdfLoader.withVocabulary(RdfLoader.bundled()));
    }
    return bundled;
  }

  /** The fixture {@code fixtures/export/nasty-labels.ttl}: labels that break naive writers. */
  static ExportFixtures nasty() {
    return of(RdfLoader.withVocabulary(RdfLoader.files(List.of(fixture("nasty-labels.ttl")))));
  }

  /**
   * A synthetic curriculum of {@code topics} topics (as the generator writes it, loaded back), for
   * tests that need a whole curriculum of a known size whatever the bundled one grows to.
   */
  static ExportFixtures synthetic(int topics, long seed) {
    StringWriter nt = new StringWriter();
    NTriplesWriter.write(SyntheticCurriculum.generate(topics, seed), nt);
    byte[] bytes = nt.toString().getBytes(StandardCharsets.UTF_8);
    DataSource source =
        new DataSource("synthetic.nt", Lang.NTRIPLES, () -> new ByteArrayInputStream(bytes));
    return of(RdfLoader.withVocabulary(List.of(source)));
  }

  static ExportFixtures of(List<DataSource> sources) {
    LoadedGraph g = RdfLoader.load(sources);
    return new ExportFixtures(g, RdfReader.curriculumOf(g.model().getGraph()));
  }

  static Path fixture(String name) {
    try {
      return Path.of(ExportFixtures.class.getResource("/fixtures/export/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  Selection all() {
    return Selection.all(curriculum);
  }

  Selection area(String id) {
    return Selection.area(curriculum, id);
  }

  Selection closure(String id) {
    return Selection.closure(curriculum, curriculum.indexOf(id).getAsInt());
  }

  Selection path(String goal) {
    return Selection.path(curriculum, Planner.of(curriculum).path(PathRequest.to(goal)));
  }

  String export(Selection s, ExportFormat f) {
    StringWriter w = new StringWriter();
    Exporter.write(graph, curriculum, s, f, w);
    return w.toString();
  }

  /** Writes the export to {@code dir/name.extension} and returns the file. */
  Path exportTo(Path dir, String name, Selection s, ExportFormat f) {
    Path file = dir.resolve(name + "." + f.extension());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Exporter.write(graph, curriculum, s, f, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
