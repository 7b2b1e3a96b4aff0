package io.github.mlpath.graph.store;

import io.github.mlpath.graph.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What a TDB2 store's folder looks like, told without opening the store (and so without Jena):
 * planning from the store's snapshot needs no more.
 */
final class Tdb2Folder {
  private Tdb2Folder() {}

  /** Whether {@code dir} holds a TDB2 store: a folder with a {@code Data-NNNN} folder. */
  static boolean isStore(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Checks that {@code dir} holds a TDB2 store.
   *
   * @throws StoreException when it does not, saying how to make one
   */
  static void requireStore(Path dir) {
    if (!isStore(dir)) {
      throw new StoreException(
          "no TDB2 store in "
              + dir
              + "; create one with 'mlpath load --store "
              + dir
              + " FILE...'");
    }
  }
}
