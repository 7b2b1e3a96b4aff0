package io.github.mlpath.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** One run of the command line with captured output, as a test sees it. */
public record Run(int exitCode, String out, String err) {
  public static Run of(String... args) {
    return run(Main.commandLine(java.time.Clock.systemDefaultZone(), args), args);
  }

  /** A run on {@code day}, as far as the learner commands' "today" goes. */
  public static Run on(java.time.LocalDate day, String... args) {
    return run(
        Main.commandLine(
            java.time.Clock.fixed(
                day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC),
            args),
        args);
  }

  private static Run run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  public static String fixture(String name) {
    try {
      return Path.of(Run.class.getResource("/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
