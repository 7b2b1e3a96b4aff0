package io.github.mlpath.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link Main} in a child JVM with the test class path, the way the launcher runs it. */
final class MlpathProcess {
  private MlpathProcess() {}

  static ProcessBuilder builder(String... args) {
    return builder(List.of(), args);
  }

  /** The same, with options for the child JVM itself. */
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
}
