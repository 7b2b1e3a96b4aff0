package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;

/**
 * The external programs the export tests check our output with (Graphviz, Python with networkx,
 * rdflib or Selenium, Chromium, Mermaid and axe-core from the npm registry). A missing program
 * skips the test, unless the environment variable {@code MLPATH_REQUIRE_TOOLS} is {@code 1}, as CI
 * sets it: then it fails, so CI can never pass by skipping.
 */
public final class Tools {
  private Tools() {}

  public static final boolean REQUIRED = "1".equals(System.getenv("MLPATH_REQUIRE_TOOLS"));

  /** What a program printed and how it ended. */
  public record Result(int exitCode, String out, String err) {}

  /** The path of {@code program} (the first of the names found on the PATH), or skip or fail. */
  public static String program(String... names) {
    for (String name : names) {
      Optional<Path> p = onPath(name);
      if (p.isPresent()) {
        return p.get().toString();
      }
    }
    return missing(String.join(" or ", names) + " is not on the PATH");
  }

  /**
   * A Python 3 that imports every module, or skip or fail. Debian's {@code /usr/bin/python3} comes
   * first, since a python3 earlier on the PATH (pyenv, a virtualenv) often lacks Debian's modules.
   */
  public static String python(String... modules) {
    List<String> candidates = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/python3"))) {
      candidates.add("/usr/bin/python3");
    }
    onPath("python3").map(Path::toString).ifPresent(candidates::add);
    String imports = "import " + String.join(", ", modules);
    for (String python : candidates) {
      if (run(python, "-c", imports).exitCode() == 0) {
        return python;
      }
    }
    return missing("no python3 on this machine can " + imports);
  }

  /**
   * Mermaid's browser bundle, {@code dist/mermaid.min.js} of the npm package {@code mermaid} at
   * {@code version}, as {@code .ci/run} installs it: see {@link #npm}.
   */
  static String mermaid(String version) {
    return npm("MLPATH_MERMAID", "mermaid", version, "dist/mermaid.min.js");
  }

  /**
   * A file of an npm package at {@code version}, as {@code .ci/run} installs it with {@code npm
   * install --prefix DIR}: {@code DIR} is the environment variable {@code env}, else {@code
   * ~/.cache/mlpath-tools/PACKAGE}. A missing file or another version skips or fails.
   */
  public static String npm(String env, String name, String version, String file) {
    String dir = System.getenv(env);
    Path prefix =
        dir != null && !dir.isBlank() && !dir.startsWith("${")
            ? Path.of(dir)
            : Path.of(System.getProperty("user.home"), ".cache", "mlpath-tools", name);
    Path pkg = prefix.resolve("node_modules").resolve(name);
    Path js = pkg.resolve(file);
    String install =
        "; install it with: npm install --prefix "
            + prefix
            + " "
            + name
            + "@"
            + version
            + " (.ci/run)";
    if (!Files.isRegularFile(js)) {
      return missing(name + " is not installed at " + pkg + install);
    }
    String installed;
    try {
      installed =
          JSON.read(pkg.resolve("package.json").toString()).get("version").getAsString().value();
    } catch (RuntimeException e) {
      return missing("cannot read the version of " + name + " at " + pkg + ": " + e + install);
    }
    if (!version.equals(installed)) {
      return missing(
          name + " " + installed + " at " + pkg + " is not the tested " + version + install);
    }
    return js.toString();
  }

  /** A test resource under {@code tools/}, as a file. */
  static String script(String name) {
    try {
      return Path.of(Tools.class.getResource("/tools/" + name).toURI()).toString();
    } catch (Exception e) {
      throw new IllegalStateException("missing test script " + name, e);
    }
  }

  /** Runs a command to its end (at most three minutes) and returns what it printed. */
  public static Result run(String... command) {
    try {
      Path out = Files.createTempFile("mlpath-tool-", ".out");
      Path err = Files.createTempFile("mlpath-tool-", ".err");
      try {
        Process p =
            new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
          p.destroyForcibly();
          fail("timed out: " + String.join(" ", command));
        }
        return new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      return new Result(127, "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs a command that must succeed, and returns its standard output. */
  public static String succeed(String... command) {
    Result r = run(command);
    if (r.exitCode() != 0) {
      fail(String.join(" ", command) + " exited " + r.exitCode() + ":\n" + r.err() + r.out());
    }
    return r.out();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static String missing(String why) {
    if (REQUIRED) {
      fail(why + ", and MLPATH_REQUIRE_TOOLS=1 requires it (see .ci/run)");
    }
    assumeTrue(false, why + "; skipped (set MLPATH_REQUIRE_TOOLS=1 to fail instead)");
    return null;
  }
}
