package io.github.mlpath.cli;

import io.github.mlpath.cli.request.Args;
import io.github.mlpath.cli.request.Param;
import io.github.mlpath.cli.request.Values;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.load.InputFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@link Args} of a command line: the raw strings picocli matched for each {@link Param}, with
 * {@code @FILE} in a list read as one name a line. {@link #declare} turns the parameters into the
 * command's options, so a command and its API route share their names.
 */
final class CliArgs implements Args {
  private final ParseResult parsed;

  CliArgs(ParseResult parsed) {
    this.parsed = parsed;
  }

  /** Adds {@code params} to {@code spec}: options, flags and positional arguments, as strings. */
  static void declare(CommandSpec spec, List<Param<?>> params) {
    for (Param<?> p : params) {
      if (p.positional()) {
        boolean many = p.shape() == Param.Shape.POSITIONALS;
        spec.addPositional(
            PositionalParamSpec.builder()
                .index(p.index() + (many ? "..*" : ""))
                .paramLabel(p.label())
                .arity(many ? "0..*" : "0..1")
                .type(many ? List.class : String.class)
                .auxiliaryTypes(String.class)
                .description(p.description())
                .build());
        continue;
      }
      String[] names =
          p.shortName().map(s -> new String[] {s, p.cliName()}).orElse(new String[] {p.cliName()});
      OptionSpec.Builder b = OptionSpec.builder(names).description(p.description());
      switch (p.shape()) {
        case FLAG -> b.arity("0").type(boolean.class);
        case LIST ->
            b.arity("1").paramLabel(p.label()).type(List.class).auxiliaryTypes(String.class);
        default -> b.arity("1").paramLabel(p.label()).type(String.class);
      }
      spec.addOption(b.build());
    }
  }

  @Override
  public List<String> values(Param<?> param) {
    if (param.positional()) {
      PositionalParamSpec matched = parsed.matchedPositional(param.index());
      return matched == null ? List.of() : matched.stringValues();
    }
    OptionSpec matched = parsed.matchedOption(param.cliName());
    if (matched == null) {
      return List.of();
    }
    if (param.shape() == Param.Shape.FLAG) {
      return List.of("true");
    }
    if (param.shape() != Param.Shape.LIST) {
      return matched.stringValues();
    }
    List<String> out = new ArrayList<>();
    for (String v : matched.stringValues()) {
      if (v.startsWith("@") && v.length() > 1) {
        out.addAll(namesIn(Path.of(v.substring(1))));
      } else {
        out.add(v);
      }
    }
    return out;
  }

  /** The names in a file, one a line (blank lines and lines starting with # left out), quoted. */
  private static List<String> namesIn(Path file) {
    List<String> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(InputFiles.open(file), StandardCharsets.UTF_8))) {
      for (String line : in.lines().toList()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          out.add(Values.quoted(name));
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new SourceUnreadableException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
    return out;
  }
}
