package io.github.mlpath.graph.store;

import java.nio.file.Path;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;

/**
 * A second process for {@link Tdb2SourceTest}: {@code hold} opens a store and keeps it open; {@code
 * write} also adds triples inside a write transaction that it never commits. Either way it prints a
 * line when ready and waits to be killed.
 */
public final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws Exception {
    var ds = Tdb2Stores.connect(Path.of(args[0]), false);
    if (args[1].equals("write")) {
      Txn.executeWrite(
          ds,
          () -> {
            var m = ds.getDefaultModel();
            for (int i = 0; i < 10_000; i++) {
              m.add(
                  ResourceFactory.createResource("urn:x:" + i),
                  ResourceFactory.createProperty("urn:p"),
                  "v" + i);
            }
            System.out.println("written");
            System.out.flush();
            sleep();
          });
    } else {
      System.out.println("open");
      System.out.flush();
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(120_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
