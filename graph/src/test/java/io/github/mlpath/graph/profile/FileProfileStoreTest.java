package io.github.mlpath.graph.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.learner.Mark;
import io.github.mlpath.core.learner.MarkOrigin;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.ProfileException;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.SourceUnreadableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProfileStoreTest {
  @TempDir Path dir;

  private Path fixture(String name) throws IOException {
    Path target = dir.resolve(name);
    try (var in = getClass().getResourceAsStream("/fixtures/profiles/" + name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  @Test
  void aProfileThatIsAFifoIsRefusedWithoutBlockingReadOrUpdate() throws Exception {
    Path fifo = dir.resolve("profile.ttl");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    ProfileStore store = ProfileStores.file(fifo);
    for (org.junit.jupiter.api.function.Executable use :
        List.<org.junit.jupiter.api.function.Executable>of(
            store::read, () -> store.update(p -> p, p -> p))) {
      SourceUnreadableException e =
          assertTimeoutPreemptively(
              java.time.Duration.ofSeconds(60),
              () -> assertThrows(SourceUnreadableException.class, use));
      assertTrue(e.getMessage().contains("is a named pipe (FIFO), not a file"), e.getMessage());
    }
  }

  @Test
  void aProfileThatDoesNotExistYetIsEmptyAndIsNotCreatedByReading() {
    Path file = dir.resolve("sub/profile.ttl");
    assertEquals(Profile.EMPTY, ProfileStores.file(file).read());
    assertTrue(Files.notExists(file));
  }

  @Test
  void theFirstUpdateMakesTheFolderAndAFileOnlyItsOwnerCanRead() throws IOException {
    Path file = dir.resolve("a/b/profile.ttl");
    ProfileStores.file(file).update(p -> ProfileTurtleTest.rich());
    assertEquals(ProfileTurtleTest.rich(), ProfileStores.file(file).read());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void anUpdateThatChangesNothingWritesNothing() throws IOException {
    Path file = dir.resolve("profile.ttl");
    ProfileStores.file(file).update(p -> p);
    assertTrue(Files.notExists(file));
  }

  @Test
  void aProfileThatDoesNotParseIsReportedWithLineAndColumnAndNeverOverwritten() throws IOException {
    Path file = fixture("broken.ttl");
    byte[] before = Files.readAllBytes(file);
    ProfileException e =
        assertThrows(
            ProfileException.class, () -> ProfileStores.file(file).update(p -> Profile.EMPTY));
    assertTrue(e.getMessage().startsWith(file + ":7:"), e.getMessage());
    assertTrue(e.getMessage().contains("left the profile as it is"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  @Test
  void aFileThatIsNotAProfileIsRefusedAndLeftAlone() throws IOException {
    Path file = fixture("not-a-profile.ttl");
    byte[] before = Files.readAllBytes(file);
    ProfileException e =
        assertThrows(
            ProfileException.class,
            () -> ProfileStores.file(file).update(p -> p.withGoals(List.of("x"))));
    assertTrue(e.getMessage().contains("not an mlpath profile"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  @Test
  void aValueOutOfRangeNamesTheTermAndTheValue() throws IOException {
    ProfileException e =
        assertThrows(
            ProfileException.class,
            () -> ProfileStores.file(fixture("pace-out-of-range.ttl")).read());
    assertTrue(e.getMessage().contains("mlp:hoursPerWeek '500'"), e.getMessage());
  }

  @Test
  void aHandWrittenProfileWithOtherPrefixesReads() throws IOException {
    Profile p = ProfileStores.file(fixture("hand-written.ttl")).read();
    assertEquals(List.of("backpropagation"), p.goals());
    assertEquals(Optional.of(6.0), p.preferences().hoursPerWeek());
    assertEquals(
        List.of(new Mark("derivatives", ProfileTurtleTest.DAY, MarkOrigin.LEARNED)), p.learned());
  }

  @Test
  void leftoverTemporaryFilesOfAKilledWriterAreRemovedByTheNextUpdate() throws IOException {
    Path file = dir.resolve("profile.ttl");
    Path left = Files.createFile(dir.resolve(".profile.ttl.123.tmp"));
    ProfileStores.file(file).update(p -> ProfileTurtleTest.rich());
    assertTrue(Files.notExists(left));
  }

  @Test
  void theProfileFileComesFromTheOptionThenTheEnvironmentThenXdgThenHome() {
    Path home = Path.of("/home/ada");
    assertEquals(
        Path.of("my.ttl"),
        ProfileStore.defaultFile(
            Optional.of(Path.of("my.ttl")), Map.of("MLPATH_PROFILE", "x"), home));
    assertEquals(
        Path.of("/p.ttl"),
        ProfileStore.defaultFile(Optional.empty(), Map.of("MLPATH_PROFILE", "/p.ttl"), home));
    assertEquals(
        Path.of("/xdg/mlpath/profile.ttl"),
        ProfileStore.defaultFile(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), home));
    assertEquals(
        Path.of("/home/ada/.local/share/mlpath/profile.ttl"),
        ProfileStore.defaultFile(Optional.empty(), Map.of("XDG_DATA_HOME", ""), home));
  }
}
