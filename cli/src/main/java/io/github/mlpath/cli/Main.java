package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Terminal;
import io.github.mlpath.core.CurriculumException;
import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.InvalidRequestException;
import io.github.mlpath.core.UnknownTopicException;
import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.QueryRefusedException;
import io.github.mlpath.graph.QuerySyntaxException;
import io.github.mlpath.graph.QueryTimeoutException;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.query.SparqlPolicy;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code mlpath} command: its subcommands, and one place that turns errors into exit codes. */
@Command(
    name = "mlpath",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "What to learn, in what order, and which math you need for it.",
    subcommands = {
      PathCommand.class,
      NeedCommand.class,
      NextCommand.class,
      WhyCommand.class,
      UsedForCommand.class,
      ExportCommand.class,
      QueryCommand.class,
      LoadCommand.class,
      ServeCommand.class,
      OrderCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      CompareCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of an error.")
  boolean debug;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  /**
   * Runs a command. Output is always UTF-8, whatever the locale: RDF, JSON and the labels of the
   * curriculum need it, and Java 17 would otherwise follow a C locale to ASCII and print '?'.
   * java.util.logging is switched off (slf4j-nop silences the rest): libraries such as the JSON-LD
   * parser would otherwise write timestamped warnings to stderr.
   */
  public static void main(String[] args) {
    LogManager.getLogManager().reset();
    CommandLine cl = commandLine();
    StandardOutput stdout = new StandardOutput();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    cl.setOut(out);
    cl.setErr(err);
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      code = outOfMemory(err);
    }
    System.exit(stdout.exitCode(code, out, err));
  }

  /**
   * One line for a command that ran out of heap (what it was writing is already gone: output files
   * are written atomically, a load is one transaction), and how to give Java more.
   */
  static int outOfMemory(PrintWriter err) {
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    err.println(
        "mlpath: out of memory: the input is too large for the Java heap ("
            + mb
            + " MB); give it more with MLPATH_JAVA_OPTS=-Xmx"
            + Math.max(2, 4 * mb / 1024)
            + "g (or more)");
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    SparqlPolicy.applyProcessWide();
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(Main::handleExecutionException);
    cl.setParameterExceptionHandler(Main::handleParameterException);
    cl.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    return cl;
  }

  private static int handleParameterException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(
        cmd.getCommandSpec().qualifiedName()
            + ": "
            + Terminal.safe(e.getMessage())
            + " (see '"
            + cmd.getCommandSpec().qualifiedName()
            + " --help')");
    err.flush();
    return ExitCodes.USAGE;
  }

  private static int handleExecutionException(
      Exception e, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int code = exitCodeOf(e);
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    err.println(
        "mlpath: "
            + (code == ExitCodes.INTERNAL ? "internal error (please report it): " : "")
            + Terminal.safe(message));
    if (debugRequested(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  static int exitCodeOf(Exception e) {
    if (e instanceof StoreException) {
      return ExitCodes.STORE;
    }
    if (e instanceof QueryTimeoutException) {
      return ExitCodes.TIMEOUT;
    }
    if (e instanceof QuerySyntaxException || e instanceof QueryRefusedException) {
      return ExitCodes.USAGE;
    }
    if (e instanceof SourceUnreadableException) {
      return ExitCodes.UNREADABLE;
    }
    if (e instanceof UnknownTopicException
        || e instanceof InvalidRequestException
        || e instanceof io.github.mlpath.core.AmbiguousTopicException
        || e instanceof ParameterException) {
      return ExitCodes.USAGE;
    }
    if (e instanceof GraphException
        || e instanceof CycleException
        || e instanceof CurriculumException) {
      return ExitCodes.BAD_DATA;
    }
    return ExitCodes.INTERNAL;
  }

  private static boolean debugRequested(ParseResult pr) {
    for (ParseResult p = pr; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"mlpath " + (v == null ? "(development build)" : v)};
    }
  }
}
