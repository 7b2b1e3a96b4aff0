package io.github.mlpath.graph.query;

import io.github.mlpath.graph.SourceUnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One of the named queries shipped in the data module ({@code mlpath/queries/NAME.rq}, listed in
 * {@code mlpath/queries/INDEX}). Immutable.
 *
 * @param name the file name without {@code .rq}
 * @param description the text of the query's first {@code # description:} line
 * @param text the whole query
 */
public record NamedQuery(String name, String description, String text) {
  /** The classpath folder of the named queries. */
  public static final String FOLDER = "mlpath/queries/";

  /** Every named query, in the order of the index. */
  public static List<NamedQuery> all() {
    List<NamedQuery> out = new ArrayList<>();
    for (String line : read(FOLDER + "INDEX").split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        out.add(load(name));
      }
    }
    return out;
  }

  /** The named query {@code name}, if there is one. */
  public static Optional<NamedQuery> find(String name) {
    return all().stream().filter(q -> q.name().equals(name)).findFirst();
  }

  private static NamedQuery load(String name) {
    String text = read(FOLDER + name + ".rq");
    String description = "";
    for (String line : text.split("\n")) {
      if (line.startsWith("# description:")) {
        description = line.substring("# description:".length()).strip();
        break;
      }
    }
    return new NamedQuery(name, description, text);
  }

  private static String read(String resource) {
    try (InputStream in = NamedQuery.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new SourceUnreadableException(
            "classpath:" + resource, "missing: the data jar is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceUnreadableException("classpath:" + resource, e.getMessage(), e);
    }
  }
}
