package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link Main} in a child JVM with the test class path, the way the launcher runs it. */
final class MlpathProcess {
  /** How long a child may run before a test calls it hung; far more than any command needs. */
  static final Duration BOUND = Duration.ofSeconds(120);

  private MlpathProcess() {}

  static ProcessBuilder builder(String... args) {
    return builder(List.of(), args);
  }

  /** A child JVM with extra JVM options, such as {@code -Xmx64m}. */
  static ProcessBuilder builder(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
  }

  /**
   * The JVM's class-loading (and class-initialising) log of a run of {@code mlpath ARGS} with its
   * own snapshot cache in {@code dir}, which must succeed; what it printed is left in {@code
   * dir/out.txt}.
   */
  static List<String> classesLoaded(Path dir, String... args)
      throws IOException, InterruptedException {
    Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
    ProcessBuilder pb =
        builder(List.of("-Xlog:class+load,class+init=info:file=" + log), args)
            .redirectOutput(dir.resolve("out.txt").toFile());
    pb.environment().put("MLPATH_CACHE_DIR", dir.resolve("cache").toString());
    Process p = pb.start();
    assertEquals(0, p.waitFor(), Files.readString(dir.resolve("out.txt")));
    return Files.readAllLines(log);
  }

  /** What a finished child did. */
  record Result(int exitCode, String out, String err) {
    /** The lines of standard error. */
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** Runs {@code mlpath ARGS} to the end (failing the test past {@link #BOUND}). */
  static Result run(String... args) throws IOException, InterruptedException {
    return run(builder(args));
  }

  /** Runs a prepared child to the end, capturing what it prints unless redirected elsewhere. */
  static Result run(ProcessBuilder b) throws IOException, InterruptedException {
    File out = File.createTempFile("mlpath-out", ".txt");
    File err = File.createTempFile("mlpath-err", ".txt");
    try {
      if (b.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
        b.redirectOutput(out);
      }
      b.redirectError(err);
      b.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      Process p = b.start();
      if (!p.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("mlpath " + b.command() + " still running after " + BOUND.toSeconds() + " s");
      }
      return new Result(
          p.exitValue(),
          Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out.toPath());
      Files.deleteIfExists(err.toPath());
    }
  }
}
