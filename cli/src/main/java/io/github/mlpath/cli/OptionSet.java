package io.github.mlpath.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Options declared once with picocli's builders ({@link Specs}), which any command that takes them
 * adds as one mixin: {@link DataOptions}, {@link ProfileOptions}, {@link ProfileUse}. Building them
 * reads no annotation.
 */
interface OptionSet {
  /** Adds these options to {@code command} as a mixin; the values are read from this object. */
  void addTo(CommandSpec command);

  /**
   * A command whose model comes from its annotations and that takes option sets too: {@link Main}
   * adds them after building the model.
   */
  interface Taker {
    /** The option sets this command takes, in the order they are added. */
    List<OptionSet> optionSets();
  }
}
