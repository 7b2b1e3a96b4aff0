package io.github.mlpath.bench;

import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import io.github.mlpath.graph.synthetic.NTriplesWriter;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a synthetic curriculum as N-Triples to standard output, for benchmarks and for trying
 * mlpath on big data (the generator is test support, so it lives here, outside the mlpath jar):
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.github.mlpath.bench.Generate --topics 1000000 --seed 42 &gt; big.nt
 * </pre>
 *
 * <p>The same {@code --topics} and {@code --seed} (default 1) always give the same bytes. Exit 2
 * with one line on standard error for bad arguments.
 */
public final class Generate {
  private Generate() {}

  /** Runs the generator; see the class comment. */
  public static void main(String[] args) throws Exception {
    int code = run(List.of(args), new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Writes the curriculum the arguments ask for to {@code out}; returns the exit code. */
  static int run(List<String> args, Writer out) throws Exception {
    long topics = -1;
    long seed = 1;
    try {
      for (int i = 0; i < args.size(); i += 2) {
        String value = i + 1 < args.size() ? args.get(i + 1) : "";
        switch (args.get(i)) {
          case "--topics" -> topics = Long.parseLong(value);
          case "--seed" -> seed = Long.parseLong(value);
          default -> throw new IllegalArgumentException("unknown option " + args.get(i));
        }
      }
      if (topics < 1 || topics > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "--topics must be a number from 1 to " + Integer.MAX_VALUE);
      }
    } catch (IllegalArgumentException e) {
      System.err.println(
          "generate: "
              + (e instanceof NumberFormatException
                  ? "not a number: " + e.getMessage()
                  : e.getMessage())
              + " (usage: Generate --topics N [--seed S])");
      return 2;
    }
    Writer w = new BufferedWriter(out, 1 << 16);
    NTriplesWriter.write(SyntheticCurriculum.generate((int) topics, seed), w);
    w.flush();
    return 0;
  }
}
