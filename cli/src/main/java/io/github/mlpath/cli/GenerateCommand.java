package io.github.mlpath.cli;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.synthetic.NTriplesWriter;
import io.github.mlpath.core.synthetic.SyntheticCurriculum;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mlpath generate}: a synthetic curriculum for tests and benchmarks. */
@Command(
    name = "generate",
    description =
        "Write a synthetic curriculum as N-Triples: topic i requires 0 to 5 (about 3 on average)"
            + " random earlier topics. The same --topics and --seed always give the same file.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--topics", required = true, paramLabel = "N", description = "How many topics.")
  int topics;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write here, atomically (default: standard output).")
  Path out;

  @Override
  public Integer call() {
    if (topics < 1) {
      throw new ParameterException(spec.commandLine(), "--topics must be at least 1");
    }
    Curriculum c = SyntheticCurriculum.generate(topics, seed);
    AtomicOutput.write(out, spec.commandLine().getOut(), w -> NTriplesWriter.write(c, w));
    return ExitCodes.OK;
  }
}
