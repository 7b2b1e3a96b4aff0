package io.github.mlpath.graph.profile;

import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.store.Tdb2Stores;
import io.github.mlpath.graph.vocab.MLP;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;

/**
 * A learner's profile as the named graph {@code https://w3id.org/mlpath/learner/NAME} of a TDB2
 * store. Updates run in one write transaction, so they are atomic and durable, and TDB2 serialises
 * writers within the process; another process cannot open the store at the same time (it gets
 * "store in use"), so no update is lost. Each operation connects to the store (a connection the
 * process already has is shared) and never releases it, so a curriculum read from the same store
 * stays usable.
 */
final class Tdb2ProfileStore implements ProfileStore {
  private final Path dir;
  private final String learner;

  Tdb2ProfileStore(Path dir, String learner) {
    this.dir = dir;
    this.learner = learner;
  }

  private String graph() {
    return MLP.LEARNER_NS + learner;
  }

  @Override
  public Profile read() {
    Dataset ds = Tdb2Stores.connect(dir, false);
    return Txn.calculateRead(ds, () -> ProfileModel.read(ds.getNamedModel(graph()), description()));
  }

  @Override
  public <R> R update(Function<Profile, R> change, Function<? super R, Profile> after) {
    Dataset ds = Tdb2Stores.connect(dir, false);
    return Txn.calculateWrite(
        ds,
        () -> {
          Model graph = ds.getNamedModel(graph());
          Profile current = ProfileModel.read(graph, description());
          R result = change.apply(current);
          Profile next = after.apply(result);
          if (!next.equals(current)) {
            Model fresh = ModelFactory.createDefaultModel();
            fresh.read(new StringReader(turtle(next)), null, "TURTLE");
            graph.removeAll();
            graph.add(fresh);
          }
          return result;
        });
  }

  @Override
  public String turtle(Profile profile) {
    return ProfileTurtle.write(profile, graph());
  }

  @Override
  public String description() {
    return "learner '" + learner + "' in TDB2 store " + dir;
  }
}
