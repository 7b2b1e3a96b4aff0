package io.github.mlpath.graph.profile;

import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.AtomicFile;
import io.github.mlpath.graph.ProfileException;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.store.Tdb2Stores;
import io.github.mlpath.graph.vocab.MLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/**
 * The profiles a TDB2 store of an older mlpath keeps as named graphs, {@code
 * https://w3id.org/mlpath/learner/NAME} each: copied once into the store's profile folder, all of
 * them in one step (written into a temporary folder, which is then renamed), under a lock, so no
 * learner's profile is left behind or half copied. A graph that does not read as a profile is
 * copied as it is, as Turtle, so nothing is lost and reading it names the line that is wrong. The
 * named graphs stay in the store, untouched.
 */
final class LegacyProfiles {
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  private LegacyProfiles() {}

  /** The profile of {@code learnerIri} in the store's named graph of that name. */
  static Profile read(Path dir, String learnerIri, String description) {
    Dataset ds = Tdb2Stores.connect(dir, false);
    return Txn.calculateRead(
        ds, () -> ProfileModel.read(ds.getNamedModel(learnerIri), description));
  }

  /**
   * Makes {@code folder} with a file for every learner's named graph in the store in {@code dir}.
   */
  static void copyInto(Path dir, Path folder) {
    Tdb2Stores.requireStore(dir);
    Path abs = dir.toAbsolutePath();
    ReentrantLock local = IN_PROCESS.computeIfAbsent(abs, p -> new ReentrantLock());
    local.lock();
    Path lockFile = abs.resolve(StoreProfileFolder.NAME + ".lock");
    try (FileChannel ch =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      if (!Files.isDirectory(folder)) {
        copy(abs, folder);
      }
    } catch (IOException e) {
      throw new SourceUnreadableException(
          folder.toString(), "cannot make the store's profile folder: " + e.getMessage(), e);
    } finally {
      local.unlock();
    }
  }

  private static void copy(Path dir, Path folder) throws IOException {
    Path tmp = dir.resolve(StoreProfileFolder.NAME + ".tmp");
    deleteTree(tmp);
    Files.createDirectories(tmp);
    if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx------"));
    }
    Dataset ds = Tdb2Stores.connect(dir, false);
    Map<String, byte[]> files = Txn.calculateRead(ds, () -> texts(ds));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      byte[] bytes = f.getValue();
      AtomicFile.write(
          tmp.resolve(f.getKey() + ".ttl"), out -> out.write(bytes), AtomicFile.PRIVATE);
    }
    Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
    AtomicFile.forceDirectory(dir);
  }

  /** Each learner's file name and text, from the named graphs of learners. */
  private static Map<String, byte[]> texts(Dataset ds) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Iterator<String> names = ds.listNames(); names.hasNext(); ) {
      String iri = names.next();
      String name = iri.substring(Math.min(iri.length(), MLP.LEARNER_NS.length()));
      Model graph = ds.getNamedModel(iri);
      if (iri.startsWith(MLP.LEARNER_NS) && ProfileStores.validName(name) && !graph.isEmpty()) {
        out.put(name, text(graph, iri).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** The profile as mlpath writes it, or the graph as it is when it is not a readable profile. */
  private static String text(Model graph, String iri) {
    try {
      return ProfileTurtle.write(ProfileModel.read(graph, iri), iri);
    } catch (ProfileException e) {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      RDFDataMgr.write(raw, graph, RDFFormat.TURTLE_PRETTY);
      return raw.toString(StandardCharsets.UTF_8);
    }
  }

  private static void deleteTree(Path tmp) throws IOException {
    if (!Files.exists(tmp)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(tmp)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
