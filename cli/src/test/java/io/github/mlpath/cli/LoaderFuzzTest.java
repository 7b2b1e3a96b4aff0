package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.mlpath.cli.request.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A property of the loader, over every syntax: whatever the bytes of a file, loading it through the
 * command line ({@code order --data FILE}) ends, with exit 0 or a documented code, and a failure is
 * one line on stderr, never a stack trace or a Java class name. The inputs are random bytes and
 * random mutations (bytes flipped, ranges cut or repeated, hostile fragments inserted, the end cut
 * off) of a valid seed file per syntax, from a fixed seed so a failure is reproducible; the failing
 * input is printed in hex.
 */
class LoaderFuzzTest {
  /** Cases per syntax. */
  private static final int CASES = 80;

  /** A bound no single case comes near; a hang would pass it. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  private static final Set<Integer> DOCUMENTED =
      Set.of(ExitCodes.OK, ExitCodes.UNREADABLE, ExitCodes.BAD_DATA);

  private static final String[] FRAGMENTS = {
    "\u0000",
    "\uFEFF",
    "\\",
    "\"",
    "<",
    ">",
    "{",
    "}",
    "[",
    "]",
    "@",
    "_:",
    "\n",
    "\r",
    "'''",
    "\"\"\"",
    "\\u0000",
    "\\U0010FFFF",
    "%zz",
    "<!ENTITY x SYSTEM \"file:///etc/passwd\">",
    "{\"@context\": \"http://127.0.0.1:9/ctx\"}",
    "\"@id\": \"not an iri\"",
    "[".repeat(5000),
    "\u202E",
    "\u001b[2J",
    "\uD800",
    "<file:///etc/passwd>",
    "@prefix : <> .",
    "a",
    "."
  };

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"ttl", "nt", "trig", "nq", "jsonld", "rdf"})
  void anyBytesLoadOrFailOnOneDocumentedLine(String ext) throws IOException {
    byte[] seed = Files.readAllBytes(Path.of(Run.fixture("fuzz/seed." + ext)));
    Random random = new Random(20_261_201L + ext.hashCode());
    Path file = dir.resolve("case." + ext);
    for (int i = 0; i < CASES; i++) {
      byte[] input = i % 5 == 0 ? randomBytes(random) : mutate(seed, random);
      Files.write(file, input);
      Run r = assertTimeoutPreemptively(BOUND, () -> Run.of("order", "--data", file.toString()));
      String problem = problem(r, file);
      if (problem != null) {
        fail(
            ext
                + " case "
                + i
                + ": "
                + problem
                + "\ninput (hex): "
                + HexFormat.of().formatHex(input));
      }
    }
  }

  private static String problem(Run r, Path file) {
    if (!DOCUMENTED.contains(r.exitCode())) {
      return "exit " + r.exitCode() + ": " + r.err();
    }
    List<String> lines = r.err().lines().toList();
    if (r.exitCode() == ExitCodes.OK) {
      // a plan made anyway may note on stderr the problems elsewhere in the data it ignored
      return lines.stream()
          .map(LoaderFuzzTest::notAnMlpathLine)
          .filter(p -> p != null)
          .findFirst()
          .map(p -> "exit 0 with " + p)
          .orElse(null);
    }
    if (lines.size() != 1) {
      return lines.size() + " lines on stderr: " + r.err();
    }
    return notAnMlpathLine(lines.get(0));
  }

  /** What is wrong with a line on stderr, or null when it is one of mlpath's messages in words. */
  private static String notAnMlpathLine(String line) {
    if (!line.startsWith("mlpath: ")) {
      return "not an mlpath message: " + line;
    }
    if (line.matches(".*(Exception|Error:|java\\.|org\\.apache|\\tat ).*")) {
      return "a Java name in the message: " + line;
    }
    return null;
  }

  private static byte[] randomBytes(Random random) {
    byte[] b = new byte[random.nextInt(2000)];
    random.nextBytes(b);
    return b;
  }

  private static byte[] mutate(byte[] seed, Random random) {
    List<Byte> b = new ArrayList<>(seed.length + 64);
    for (byte x : seed) {
      b.add(x);
    }
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !b.isEmpty(); e++) {
      int at = random.nextInt(b.size());
      switch (random.nextInt(5)) {
        case 0 -> b.set(at, (byte) random.nextInt(256));
        case 1 -> b.subList(at, Math.min(b.size(), at + 1 + random.nextInt(40))).clear();
        case 2 -> {
          List<Byte> range =
              new ArrayList<>(b.subList(at, Math.min(b.size(), at + random.nextInt(60))));
          b.addAll(at, range);
        }
        case 3 -> {
          byte[] f = FRAGMENTS[random.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8);
          List<Byte> insert = new ArrayList<>(f.length);
          for (byte x : f) {
            insert.add(x);
          }
          b.addAll(at, insert);
        }
        default -> b.subList(at, b.size()).clear();
      }
    }
    byte[] out = new byte[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.get(i);
    }
    return out;
  }
}
