package io.github.mlpath.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli models built with its builders rather than from annotations: reading annotations costs a
 * short command the JDK's annotation parser and a proxy class per annotation type (about a third of
 * a bundled {@code path}'s start). The planning commands, {@link Main}, and the option sets ({@link
 * OptionSet}) are declared here and in their classes this way.
 */
final class Specs {
  /** The key picocli gives its standard help options' mixin ({@code mixinStandardHelpOptions}). */
  static final String STANDARD_HELP = "mixinStandardHelpOptions";

  private Specs() {}

  /** A command whose user object is {@code command}, with nothing read from its annotations. */
  static CommandSpec command(Object command) {
    return CommandSpec.wrapWithoutInspection(command);
  }

  /**
   * Adds {@code -h, --help} and {@code -V, --version} as picocli's {@code mixinStandardHelpOptions}
   * does (same names, texts and mixin key), without reading its annotated mixin.
   */
  static void standardHelp(CommandSpec command) {
    CommandSpec help = CommandSpec.wrapWithoutInspection(new Object());
    help.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .arity("0")
            .type(boolean.class)
            .descriptionKey("mixinStandardHelpOptions.help")
            .description("Show this help message and exit.")
            .build());
    help.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .arity("0")
            .type(boolean.class)
            .descriptionKey("mixinStandardHelpOptions.version")
            .description("Print version information and exit.")
            .build());
    command.addMixin(STANDARD_HELP, help);
  }

  /** The mixin of {@code options}, whose user object is {@code holder}. */
  static CommandSpec mixin(Object holder, List<OptionSpec> options) {
    CommandSpec mixin = CommandSpec.wrapWithoutInspection(holder);
    options.forEach(mixin::addOption);
    return mixin;
  }

  /** An option that takes one value of {@code type}, shown as {@code label}. */
  static OptionSpec option(String name, String label, Class<?> type, String description) {
    return OptionSpec.builder(name)
        .arity("1")
        .paramLabel(label)
        .type(type)
        .description(description)
        .build();
  }

  /** A repeatable option whose values of {@code type} are collected in a list. */
  static OptionSpec list(String[] names, String label, Class<?> type, String description) {
    return OptionSpec.builder(names)
        .arity("1")
        .paramLabel(label)
        .type(List.class)
        .auxiliaryTypes(type)
        .description(description)
        .build();
  }

  /** An option that takes no value. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build();
  }

  /** Whether the flag {@code option} was given. */
  static boolean given(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }
}
