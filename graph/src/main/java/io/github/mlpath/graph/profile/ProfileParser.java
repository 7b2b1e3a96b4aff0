package io.github.mlpath.graph.profile;

import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.ProfileException;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfLoader;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.jena.riot.Lang;

/**
 * Reads a profile file with the full, strict Turtle parser: any Turtle, and a syntax error as
 * FILE:LINE:COL with what to do. {@link FileProfileStore} asks it only for a file that {@link
 * ProfileTurtleReader} cannot read, so Jena is loaded only then.
 */
final class ProfileParser {
  private ProfileParser() {}

  /** The profile in {@code bytes}, read from {@code file}. */
  static Profile parse(byte[] bytes, String file) {
    DataSource source = new DataSource(file, Lang.TURTLE, () -> new ByteArrayInputStream(bytes));
    try {
      return ProfileModel.read(RdfLoader.load(List.of(source)).model(), file);
    } catch (LoadException e) {
      throw new ProfileException(
          e.getMessage()
              + "; mlpath left the profile as it is: fix that line, or move the file away to start"
              + " a new profile",
          e);
    }
  }
}
