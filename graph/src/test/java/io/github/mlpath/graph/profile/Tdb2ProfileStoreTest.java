package io.github.mlpath.graph.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.store.Tdb2Stores;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2ProfileStoreTest {
  @TempDir Path dir;
  private Dataset ds;

  @BeforeEach
  void store() {
    ds = Tdb2Stores.connect(dir, true);
    Txn.executeWrite(
        ds,
        () ->
            ds.getDefaultModel()
                .add(
                    ResourceFactory.createResource("urn:example:t"),
                    ResourceFactory.createProperty("urn:example:p"),
                    "curriculum"));
  }

  @AfterEach
  void release() {
    Tdb2Stores.release(Tdb2Stores.connect(dir, false).asDatasetGraph());
  }

  @Test
  void eachLearnerIsANamedGraphOfItsOwnBesideTheCurriculum() {
    ProfileStore ada = ProfileStores.tdb2(dir, "ada");
    ProfileStore bob = ProfileStores.tdb2(dir, "bob");
    ada.update(p -> ProfileTurtleTest.rich());
    bob.update(p -> p.withGoals(List.of("derivatives")));
    assertEquals(ProfileTurtleTest.rich(), ada.read());
    assertEquals(List.of("derivatives"), bob.read().goals());
    assertEquals(Profile.EMPTY, ProfileStores.tdb2(dir, "carol").read());
    Dataset again = Tdb2Stores.connect(dir, false);
    assertEquals(1, Txn.calculateRead(again, () -> again.getDefaultModel().size()));
    assertEquals(
        List.of("https://w3id.org/mlpath/learner/ada", "https://w3id.org/mlpath/learner/bob"),
        Txn.calculateRead(again, () -> iterToSortedList(again.listNames())));
  }

  private static List<String> iterToSortedList(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    out.sort(String::compareTo);
    return out;
  }

  @Test
  void aProfileSurvivesTheStoreBeingReleasedAndOpenedAgain() {
    ProfileStores.tdb2(dir, "ada").update(p -> ProfileTurtleTest.rich());
    Tdb2Stores.release(Tdb2Stores.connect(dir, false).asDatasetGraph());
    assertEquals(ProfileTurtleTest.rich(), ProfileStores.tdb2(dir, "ada").read());
  }

  @Test
  void aLearnersNameMustBeSafeInAnIri() {
    assertThrows(IllegalArgumentException.class, () -> ProfileStores.tdb2(dir, "a b"));
    assertThrows(IllegalArgumentException.class, () -> ProfileStores.tdb2(dir, "../x"));
  }
}
