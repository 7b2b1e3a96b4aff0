package io.github.mlpath.cli;

import io.github.mlpath.core.CurriculumException;
import io.github.mlpath.core.CycleException;
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
import java.time.Clock;
import java.util.List;
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
   */
  public static void main(String[] args) {
    CommandLine cl = commandLine();
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    return commandLine(Clock.systemDefaultZone());
  }

  /** The command line with "today" taken from {@code clock}, for the learner commands. */
  public static CommandLine commandLine(Clock clock) {
    SparqlPolicy.applyProcessWide();
    CommandLine cl = new CommandLine(new Main());
    for (Object command :
        List.of(
            new LearnedCommand(clock),
            new UnlearnCommand(clock),
            new GoalCommand(clock),
            new PrefsCommand(),
            new ProfileCommand(clock),
            new StatusCommand(clock),
            new AssessCommand(clock),
            new ReviewCommand(clock),
            new ReviewedCommand(clock),
            new ServeCommand(clock))) {
      cl.addSubcommand(command);
    }
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
            + e.getMessage()
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
            + message);
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
        || e instanceof io.github.mlpath.core.learner.LearnerException
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
