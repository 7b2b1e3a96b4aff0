package io.github.mlpath.graph.load;

import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.ValidationReport;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures under {@code src/test/resources/fixtures}, as files. */
public final class Fixtures {
  private Fixtures() {}

  public static Path path(String name) {
    URL url = Fixtures.class.getResource("/fixtures/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fixtures as sources, after the vocabulary. */
  public static List<DataSource> sources(String... names) {
    return RdfLoader.withVocabulary(
        RdfLoader.files(java.util.Arrays.stream(names).map(Fixtures::path).toList()));
  }

  /** The fixture with the vocabulary, loaded strictly. */
  public static LoadedGraph load(String... names) {
    return RdfLoader.load(
        RdfLoader.withVocabulary(
            RdfLoader.files(java.util.Arrays.stream(names).map(Fixtures::path).toList())));
  }

  public static List<String> rules(ValidationReport report) {
    return report.problems().stream().map(Problem::rule).toList();
  }
}
