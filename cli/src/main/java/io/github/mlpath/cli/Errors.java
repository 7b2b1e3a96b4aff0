package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Terminal;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.cli.request.Failure;
import io.github.mlpath.cli.request.Param;
import io.github.mlpath.cli.request.RequestException;
import io.github.mlpath.cli.request.Values;
import io.github.mlpath.core.lookup.Suggestions;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command line reports errors: one line on standard error in the user's words, with the
 * exit code of {@link Failure}; the stack trace only with {@code --debug}. Usage errors name the
 * option ({@code --start: 2027-02-30 is not a date (YYYY-MM-DD)}) and point to the command's help.
 */
final class Errors {
  private Errors() {}

  /** Sets the handlers, the exit code mapper and value converters that speak the user's terms. */
  static void install(CommandLine cl) {
    cl.setExpandAtFiles(false);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(Errors::onExecution);
    cl.setParameterExceptionHandler(Errors::onParameters);
    cl.setExitCodeExceptionMapper(e -> Failure.of(e).exitCode());
    converter(cl, Integer.class, Values.wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE));
    converter(cl, int.class, Values.wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE));
    converter(cl, Double.class, Errors::number);
    converter(cl, double.class, Errors::number);
    converter(cl, LocalDate.class, Values::date);
    converter(cl, Path.class, Errors::path);
    converter(cl, URI.class, Errors::uri);
  }

  private static <T> void converter(CommandLine cl, Class<T> type, Function<String, T> parse) {
    ITypeConverter<T> c =
        v -> {
          try {
            return parse.apply(v);
          } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
          }
        };
    cl.registerConverter(type, c);
  }

  private static Double number(String v) {
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(v + " is not a number");
    }
  }

  private static Path path(String v) {
    if (v.isEmpty()) {
      throw new IllegalArgumentException("needs a file name, not an empty one");
    }
    try {
      return Path.of(v);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(v + " is not a file name");
    }
  }

  private static URI uri(String v) {
    try {
      return new URI(v);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(v + " is not a URL");
    }
  }

  private static int onParameters(ParameterException e, String[] args) {
    return usage(e.getCommandLine(), message(e));
  }

  /** picocli's message, with a value that did not convert put as "--option: detail". */
  private static String message(ParameterException e) {
    ArgSpec arg = e.getArgSpec();
    if (e.getCause() instanceof TypeConversionException t && arg != null) {
      String name =
          arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel().replaceAll("[<>]", "");
      return name + ": " + t.getMessage();
    }
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return unmatched(u);
    }
    return e.getMessage();
  }

  /**
   * The first word picocli could not place, with the options or commands it may have meant, found
   * the way unknown topic names are ({@link Suggestions}): {@code --depth} finds {@code
   * --max-depth}, {@code --prefr} finds {@code --prefer}, {@code nxt} finds {@code next}.
   */
  private static String unmatched(UnmatchedArgumentException u) {
    String arg = u.getUnmatched().get(0);
    CommandLine cmd = u.getCommandLine();
    boolean option = arg.startsWith("-");
    String word = option ? arg.split("=", 2)[0] : arg;
    Suggestions meant = new Suggestions(word.replaceFirst("^-+", ""));
    if (option) {
      cmd.getCommandSpec().options().stream()
          .flatMap(o -> List.of(o.names()).stream())
          .filter(n -> n.startsWith("--"))
          .forEach(n -> meant.offer(n, n.substring(2), List.of()));
    } else {
      cmd.getSubcommands().keySet().forEach(n -> meant.offer(n, n, List.of()));
    }
    List<String> best = meant.best(Suggestions.MAX);
    String what =
        option
            ? "unknown option " + word
            : (cmd.getSubcommands().isEmpty() ? "unexpected argument '" : "unknown command '")
                + word
                + "'";
    return best.isEmpty() ? what : what + "; did you mean " + String.join(" or ", best) + "?";
  }

  private static int usage(CommandLine cmd, String message) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    err.println(name + ": " + Terminal.safe(message) + " (see '" + name + " --help')");
    err.flush();
    return ExitCodes.USAGE;
  }

  private static int onExecution(Exception e, CommandLine cmd, ParseResult parseResult) {
    if (e instanceof RequestException r) {
      return usage(cmd, r.message(Param::cliName));
    }
    if (e instanceof ParameterException p) {
      return usage(cmd, message(p));
    }
    PrintWriter err = cmd.getErr();
    Failure failure = Failure.of(e);
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    err.println(
        "mlpath: "
            + (failure == Failure.INTERNAL ? "internal error (please report it): " : "")
            + Terminal.safe(message));
    if (debugRequested(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return failure.exitCode();
  }

  private static boolean debugRequested(ParseResult pr) {
    for (ParseResult p = pr; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
