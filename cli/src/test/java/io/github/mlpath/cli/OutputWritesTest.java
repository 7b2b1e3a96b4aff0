package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mlpath.cli.request.ExitCodes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write checked, and {@code --out} never replacing what is not a file: a child JVM writing to
 * real FIFOs, device nodes, symbolic links, {@code /dev/full}, a small filesystem that fills, and a
 * pipe closed early.
 */
class OutputWritesTest {
  private static final boolean REQUIRED = "1".equals(System.getenv("MLPATH_REQUIRE_TOOLS"));

  @TempDir Path dir;

  private static int sh(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor();
  }

  /** Skips (or under MLPATH_REQUIRE_TOOLS fails) when a step needs root and cannot run here. */
  private static void needs(boolean ok, String what) {
    if (!ok && REQUIRED) {
      fail(what + " is not possible here, and MLPATH_REQUIRE_TOOLS=1");
    }
    assumeTrue(ok, what + " is not possible here");
  }

  private static void oneLine(MlpathProcess.Result r) {
    assertEquals(1, r.errLines().size(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void exportToAFifoIsRefusedAndTheFifoStays() throws Exception {
    Path fifo = dir.resolve("out.ttl");
    assertEquals(0, sh("mkfifo", fifo.toString()));
    MlpathProcess.Result r = MlpathProcess.run("export", "--out", fifo.toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    assertEquals(
        "mlpath: " + fifo + ": cannot write here: is a named pipe (FIFO), not a file",
        r.err().strip());
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO was replaced");
  }

  @Test
  void exportToADeviceNodeIsRefusedAndTheDeviceStays() throws Exception {
    Path device = dir.resolve("mynull");
    needs(sh("mknod", "-m", "666", device.toString(), "c", "1", "3") == 0, "mknod (root)");
    MlpathProcess.Result r = MlpathProcess.run("export", "--out", device.toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    assertTrue(r.err().contains("is a character device"), r.err());
    assertEquals(
        "c", Files.getAttribute(device, "unix:mode").equals(0) ? "?" : kindOf(device), r.err());
    oneLine(r);
  }

  private static String kindOf(Path p) throws Exception {
    int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    return (mode & 0170000) == 0020000 ? "c" : "not a character device";
  }

  @Test
  void exportToDevFullIsRefusedAndToStdoutOnDevFullFails() throws Exception {
    MlpathProcess.Result r = MlpathProcess.run("export", "--out", "/dev/full");
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    assertEquals("c", kindOf(Path.of("/dev/full")));

    ProcessBuilder b = MlpathProcess.builder("export").redirectOutput(new File("/dev/full"));
    MlpathProcess.Result full = MlpathProcess.run(b);
    assertEquals(ExitCodes.UNREADABLE, full.exitCode(), full.err());
    assertEquals(
        "mlpath: cannot write to standard output: No space left on device", full.err().strip());
  }

  @Test
  void everyPrintingCommandFailsOnAFullStdout() throws Exception {
    for (List<String> args :
        List.of(
            List.of("path", "--goal", "backpropagation"),
            List.of("query", "ASK { ?s ?p ?o }"),
            List.of("order"))) {
      ProcessBuilder b =
          MlpathProcess.builder(args.toArray(String[]::new)).redirectOutput(new File("/dev/full"));
      MlpathProcess.Result r = MlpathProcess.run(b);
      assertEquals(ExitCodes.UNREADABLE, r.exitCode(), args + ": " + r.err());
      oneLine(r);
    }
  }

  @Test
  void aClosedPipeEndsQuietly() throws Exception {
    String cmd =
        String.join(
            " ",
            MlpathProcess.builder("export").command().stream().map(a -> "'" + a + "'").toList());
    Process p =
        new ProcessBuilder(
                "bash", "-c", cmd + " 2>err.txt | head -c 10 >/dev/null; echo ${PIPESTATUS[0]}")
            .directory(dir.toFile())
            .start();
    String status = new String(p.getInputStream().readAllBytes()).strip();
    assertTrue(p.waitFor(MlpathProcess.BOUND.toSeconds(), TimeUnit.SECONDS));
    assertEquals(String.valueOf(ExitCodes.CLOSED_PIPE), status);
    assertEquals("", Files.readString(dir.resolve("err.txt")));
  }

  @Test
  void aFullFilesystemIsOneLineAndLeavesTheOldFileWhole() throws Exception {
    Path mount = Files.createDirectory(dir.resolve("small"));
    needs(
        sh("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()) == 0,
        "mount (root)");
    try {
      Path out = mount.resolve("map.ttl");
      Files.writeString(out, "old\n");
      MlpathProcess.Result r = MlpathProcess.run("export", "--out", out.toString());
      assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
      assertTrue(r.err().contains("No space left on device"), r.err());
      oneLine(r);
      assertEquals("old\n", Files.readString(out));
      try (var files = Files.list(mount)) {
        assertEquals(List.of(out), files.toList(), "a temporary file was left behind");
      }
    } finally {
      sh("umount", mount.toString());
    }
  }

  @Test
  void aSymlinkIsWrittenThroughAndADanglingOneRefused() throws Exception {
    Path real = Files.writeString(dir.resolve("real.ttl"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.ttl"), real);
    MlpathProcess.Result r = MlpathProcess.run("export", "--out", link.toString());
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(
        Files.readString(real).contains("w3id.org/mlpath"), "the link's file was not written");

    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.ttl"), dir.resolve("nowhere"));
    MlpathProcess.Result d = MlpathProcess.run("export", "--out", dangling.toString());
    assertEquals(ExitCodes.UNREADABLE, d.exitCode(), d.err());
    assertFalse(Files.exists(dir.resolve("nowhere")));
  }

  @Test
  void aFolderAsOutIsRefused() throws Exception {
    MlpathProcess.Result r = MlpathProcess.run("export", "--out", dir.toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    assertTrue(r.err().contains("is a folder"), r.err());
    assertTrue(Files.isDirectory(dir));
  }

  @Test
  void staleTemporaryFilesOfAKilledExportAreRemovedByTheNextOne() throws Exception {
    Path out = dir.resolve("map.ttl");
    Path stale = Files.writeString(dir.resolve(".map.ttl.mlpath-999999999-42.tmp"), "half");
    long me = ProcessHandle.current().pid();
    Path live = Files.writeString(dir.resolve(".map.ttl.mlpath-" + me + "-42.tmp"), "in use");
    MlpathProcess.Result r = MlpathProcess.run("export", "--out", out.toString());
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertFalse(Files.exists(stale), "the stale temporary file is still there");
    assertTrue(Files.exists(live), "a running process's temporary file was removed");
  }
}
