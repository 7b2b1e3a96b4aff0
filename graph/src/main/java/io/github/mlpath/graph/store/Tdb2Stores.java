package io.github.mlpath.graph.store;

import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.StoreInUseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    if (!create) {
      requireStore(dir);
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

  /** See {@link Tdb2Folder#requireStore}. */
  public static void requireStore(Path dir) {
    Tdb2Folder.requireStore(dir);
  }

  /** Lets go of a store, releasing its lock, so that another process can open it. */
  public static void release(DatasetGraph dsg) {
    TDBInternal.expel(dsg);
  }

  /** Whether {@code dir} holds a TDB2 store: a folder with a {@code Data-NNNN} folder. */
  static boolean isStore(Path dir) {
    return Tdb2Folder.isStore(dir);
  }

  static OptionalLong pidOf(String message) {
    Matcher m = HELD_BY.matcher(message);
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }
}
