package io.github.mlpath.graph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mlpath.graph.SourceUnreadableException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not regular files are refused before anything opens them. */
class InputFilesTest {
  /** Far longer than any check takes; a blocking open would never end. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir Path dir;

  static Path fifo(Path dir, String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, p.waitFor(), "mkfifo failed");
    return fifo;
  }

  @Test
  void aFifoGivenAsDataIsRefusedWithoutBlocking() throws Exception {
    Path fifo = fifo(dir, "topics.ttl");
    SourceUnreadableException e =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                assertThrows(
                    SourceUnreadableException.class,
                    () -> RdfLoader.load(RdfLoader.files(List.of(fifo)))));
    assertEquals(fifo + ": is a named pipe (FIFO), not a file", e.getMessage());
  }

  @Test
  void aFifoInsideAFolderIsSkippedAndTheRestLoads() throws Exception {
    fifo(dir, "pipe.ttl");
    Files.copy(Fixtures.path("load/topics.nt"), dir.resolve("topics.nt"));
    LoadedGraph g =
        assertTimeoutPreemptively(BOUND, () -> RdfLoader.load(RdfLoader.files(List.of(dir))));
    assertEquals(2, g.model().size(), "the two triples of topics.nt, nothing from the pipe");
  }

  @Test
  void aCharacterDeviceIsRefused() {
    SourceUnreadableException e =
        assertThrows(SourceUnreadableException.class, () -> InputFiles.open(Path.of("/dev/zero")));
    assertEquals("/dev/zero: is a character device, not a file", e.getMessage());
  }

  @Test
  void aSocketIsRefused() throws IOException {
    Path socket = dir.resolve("s.ttl");
    try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.bind(UnixDomainSocketAddress.of(socket));
      SourceUnreadableException e =
          assertThrows(
              SourceUnreadableException.class,
              () -> RdfLoader.load(RdfLoader.files(List.of(socket))));
      assertEquals(socket + ": is a socket, not a file", e.getMessage());
    }
  }

  @Test
  void aFolderWhereAFileIsMeantIsRefused() {
    SourceUnreadableException e =
        assertThrows(SourceUnreadableException.class, () -> InputFiles.open(dir));
    assertEquals(dir + ": is a folder, not a file", e.getMessage());
  }

  @Test
  void aSymlinkToARegularFileIsFollowed() throws IOException {
    Path target = Files.copy(Fixtures.path("load/topics.nt"), dir.resolve("real.nt"));
    Path link = Files.createSymbolicLink(dir.resolve("link.nt"), target);
    assertEquals(2, RdfLoader.load(RdfLoader.files(List.of(link))).model().size());
  }

  @Test
  void aSymlinkToAFifoIsRefused() throws Exception {
    Path fifo = fifo(dir, "pipe");
    Path link = Files.createSymbolicLink(dir.resolve("link.ttl"), fifo);
    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThrows(
                SourceUnreadableException.class,
                () -> RdfLoader.load(RdfLoader.files(List.of(link)))));
  }
}
