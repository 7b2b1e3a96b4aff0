package io.github.mlpath.graph.store;

import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.StoreInUseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Opens TDB2 stores, turning Jena's lock failure ({@code DBOpEnvException: Failed to get a lock:
 * file='DIR/tdb.lock': held by process N}) into a {@link StoreInUseException} that names the
 * process. TDB2 lets one process at a time open a store; within a process, connections are shared.
 */
public final class Tdb2Stores {
  private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

  private Tdb2Stores() {}

  /**
   * Connects to the store in {@code dir}, creating it when {@code create} and it does not exist.
   *
   * @throws StoreException when there is no store to open, or it is in use
   */
  public static Dataset connect(Path dir, boolean create) {
    if (!create && !isStore(dir)) {
      throw new StoreException(
          "no TDB2 store in "
              + dir
              + "; create one with 'mlpath load --store "
              + dir
              + " FILE...'");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException("store " + dir + " is a file, not a folder");
    }
    try {
      return DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(dir.toString()));
    } catch (DBOpEnvException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("lock")) {
        throw new StoreInUseException(dir.toString(), pidOf(m), e);
      }
      throw new StoreException("cannot open store " + dir + ": " + m, e);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Lets go of a store, releasing its lock, so that another process can open it. */
  public static void release(DatasetGraph dsg) {
    TDBInternal.expel(dsg);
  }

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

  static OptionalLong pidOf(String message) {
    Matcher m = HELD_BY.matcher(message);
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }
}
