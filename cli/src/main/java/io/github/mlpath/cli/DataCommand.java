package io.github.mlpath.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * An annotated command that reads a curriculum: its model, and the {@link DataOptions}, which
 * {@link Main} adds with any other {@link OptionSet} the command names in {@link #optionSets}.
 */
abstract class DataCommand implements Callable<Integer>, OptionSet.Taker {
  @Spec CommandSpec spec;

  final DataOptions data = new DataOptions();

  @Override
  public List<OptionSet> optionSets() {
    return List.of(data);
  }
}
