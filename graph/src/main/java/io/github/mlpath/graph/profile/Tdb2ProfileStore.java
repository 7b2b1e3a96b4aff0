package io.github.mlpath.graph.profile;

import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.vocab.MLP;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A learner's profile kept with a TDB2 store: the file {@code NAME.ttl} of the store's profile
 * folder ({@link StoreProfileFolder}), locked and replaced atomically as {@link FileProfileStore}
 * does, as the learner {@code https://w3id.org/mlpath/learner/NAME}. So planning on the store with
 * a profile reads it without Jena, and a change to it leaves the store's data, and so the store's
 * snapshot, as they are. A store that an older mlpath kept profiles in (as named graphs) has them
 * copied into the folder on first use; when the folder cannot be made, reads read the named graph.
 */
final class Tdb2ProfileStore implements ProfileStore {
  private final Path dir;
  private final String learner;

  Tdb2ProfileStore(Path dir, String learner) {
    this.dir = dir;
    this.learner = learner;
  }

  private String iri() {
    return MLP.LEARNER_NS + learner;
  }

  private ProfileStore file(Path folder) {
    return new FileProfileStore(folder.resolve(learner + ".ttl"), iri(), description());
  }

  @Override
  public Profile read() {
    Path folder;
    try {
      folder = StoreProfileFolder.ready(dir);
    } catch (SourceUnreadableException e) {
      return LegacyProfiles.read(dir, iri(), description());
    }
    return file(folder).read();
  }

  @Override
  public <R> R update(Function<Profile, R> change, Function<? super R, Profile> after) {
    return file(StoreProfileFolder.ready(dir)).update(change, after);
  }

  @Override
  public String turtle(Profile profile) {
    return ProfileTurtle.write(profile, iri());
  }

  @Override
  public String description() {
    return "learner '" + learner + "' in TDB2 store " + dir;
  }
}
