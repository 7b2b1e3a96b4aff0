package io.github.mlpath.graph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback HTTP server that misbehaves on purpose, for deadline tests: {@link #silent()} accepts
 * connections and never answers; {@link #trickling()} sends a 200 with its headers, then one byte a
 * second, forever; {@link #stalling()} sends the headers and one byte, then nothing.
 */
public final class SlowServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Mode mode;

  private enum Mode {
    SILENT,
    TRICKLE,
    STALL
  }

  private final List<Socket> open = new ArrayList<>();

  private SlowServer(Mode mode) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.mode = mode;
    Thread t = new Thread(this::serve, "slow-server");
    t.setDaemon(true);
    t.start();
  }

  /** Accepts, reads the request, never answers. */
  public static SlowServer silent() throws IOException {
    return new SlowServer(Mode.SILENT);
  }

  /** Answers headers at once, then a byte a second. */
  public static SlowServer trickling() throws IOException {
    return new SlowServer(Mode.TRICKLE);
  }

  /** Answers headers and one byte at once, then never another. */
  public static SlowServer stalling() throws IOException {
    return new SlowServer(Mode.STALL);
  }

  /** The URL of its pretend SPARQL endpoint. */
  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/ds/sparql";
  }

  private void serve() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        synchronized (open) {
          open.add(s);
        }
        Thread t = new Thread(() -> answer(s), "slow-server-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void answer(Socket s) {
    try (s) {
      InputStream in = s.getInputStream();
      int matched = 0;
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      if (mode == Mode.SILENT) {
        Thread.sleep(Long.MAX_VALUE);
      }
      OutputStream out = s.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                  + "Content-Length: 1000000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      while (true) {
        out.write(' ');
        out.flush();
        Thread.sleep(mode == Mode.STALL ? Long.MAX_VALUE : 1000);
      }
    } catch (IOException | InterruptedException e) {
      // the client went away, or the test ended
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    synchronized (open) {
      for (Socket s : open) {
        s.close();
      }
    }
  }
}
