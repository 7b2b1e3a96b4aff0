package io.github.mlpath.graph.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.ProfileException;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.read.StoreSnapshots;
import io.github.mlpath.graph.store.Tdb2Stores;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2ProfileStoreTest {
  private static final String ADA = "https://w3id.org/mlpath/learner/ada";

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
  void eachLearnerIsAFileOfItsOwnBesideTheCurriculum() throws Exception {
    ProfileStore ada = ProfileStores.tdb2(dir, "ada");
    ProfileStore bob = ProfileStores.tdb2(dir, "bob");
    ada.update(p -> ProfileTurtleTest.rich());
    bob.update(p -> p.withGoals(List.of("derivatives")));
    assertEquals(ProfileTurtleTest.rich(), ada.read());
    assertEquals(List.of("derivatives"), bob.read().goals());
    assertEquals(Profile.EMPTY, ProfileStores.tdb2(dir, "carol").read());
    assertEquals(
        ProfileTurtle.write(ProfileTurtleTest.rich(), ADA),
        Files.readString(dir.resolve("mlpath-profiles/ada.ttl")));
    assertEquals(1, Txn.calculateRead(ds, () -> ds.getDefaultModel().size()));
    assertEquals(List.of(), Txn.calculateRead(ds, this::graphNames));
  }

  @Test
  void changingAProfileLeavesTheStoresDataAndSoItsSnapshotAlone() throws Exception {
    ProfileStores.tdb2(dir, "ada").read();
    String before = StoreSnapshots.version(dir);
    ProfileStores.tdb2(dir, "ada").update(p -> ProfileTurtleTest.rich());
    ProfileStores.tdb2(dir, "ada").update(p -> p.withGoals(List.of("derivatives")));
    assertEquals(before, StoreSnapshots.version(dir));
  }

  @Test
  void theNamedGraphsOfAnOlderStoreAreCopiedToFilesOnFirstUseAndKept() {
    namedGraph(ADA, ProfileTurtle.write(ProfileTurtleTest.rich(), ADA));
    String bob = "https://w3id.org/mlpath/learner/bob";
    namedGraph(bob, ProfileTurtle.write(Profile.EMPTY.withGoals(List.of("calculus")), bob));
    assertFalse(Files.exists(dir.resolve("mlpath-profiles")));
    assertEquals(List.of("calculus"), ProfileStores.tdb2(dir, "bob").read().goals());
    assertTrue(Files.isRegularFile(dir.resolve("mlpath-profiles/ada.ttl")));
    assertEquals(ProfileTurtleTest.rich(), ProfileStores.tdb2(dir, "ada").read());
    ProfileStores.tdb2(dir, "ada").update(p -> Profile.EMPTY);
    assertEquals(Profile.EMPTY, ProfileStores.tdb2(dir, "ada").read());
    assertEquals(List.of(ADA, bob), Txn.calculateRead(ds, this::graphNames));
  }

  @Test
  void aNamedGraphThatIsNotAProfileIsCopiedAsItIsAndStillRefused() throws Exception {
    namedGraph(ADA, "<" + ADA + "> <urn:example:p> \"not a learner\" .");
    ProfileException e =
        assertThrows(ProfileException.class, () -> ProfileStores.tdb2(dir, "ada").read());
    assertTrue(e.getMessage().contains("mlp:Learner"), e.getMessage());
    assertTrue(Files.readString(dir.resolve("mlpath-profiles/ada.ttl")).contains("not a learner"));
    assertThrows(
        ProfileException.class,
        () -> ProfileStores.tdb2(dir, "ada").update(p -> p.withGoals(List.of("x"))));
  }

  @Test
  void aFolderThatIsNotAStoreIsRefusedWithoutMakingAnything(@TempDir Path empty) {
    assertThrows(
        io.github.mlpath.graph.StoreException.class,
        () -> ProfileStores.tdb2(empty, "ada").update(p -> p.withGoals(List.of("x"))));
    assertFalse(Files.exists(empty.resolve("mlpath-profiles")));
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

  /** Puts a named graph into the store, as an older mlpath kept a learner's profile. */
  private void namedGraph(String iri, String turtle) {
    Txn.executeWrite(
        ds, () -> ds.getNamedModel(iri).read(new StringReader(turtle), null, "TURTLE"));
  }

  private List<String> graphNames() {
    List<String> out = new ArrayList<>();
    ds.listNames().forEachRemaining(out::add);
    out.sort(String::compareTo);
    return out;
  }
}
