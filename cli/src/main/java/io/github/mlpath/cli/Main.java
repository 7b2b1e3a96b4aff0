package io.github.mlpath.cli;

import io.github.mlpath.cli.render.ProgressBar;
import io.github.mlpath.cli.render.Terminal;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.cli.request.Operation;
import io.github.mlpath.cli.request.Operations;
import io.github.mlpath.graph.ReadProgress;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.logging.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code mlpath} command: registers the subcommands (every {@link Operations operation}, then
 * the commands that are not API routes) and {@link Errors}, which turns errors into exit codes.
 */
@Command(
    name = "mlpath",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "What to learn, in what order, and which math you need for it.")
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
   * curriculum need it, and Java 17 would otherwise follow a C locale to ASCII and print '?'. On a
   * terminal, control characters and escape sequences in the output (a label in the data, say) are
   * shown escaped ({@link Terminal#lines}); piped or redirected output is left as it is.
   * java.util.logging is switched off (slf4j-nop silences the rest): libraries such as the JSON-LD
   * parser would otherwise write timestamped warnings to stderr.
   */
  /**
   * Set to {@code true} (the launcher does when standard error is a terminal) to show a progress
   * bar on standard error during long reads.
   */
  public static final String PROGRESS_PROPERTY = "mlpath.progress";

  public static void main(String[] args) {
    LogManager.getLogManager().reset();
    CommandLine cl = commandLine();
    StandardOutput stdout = new StandardOutput();
    Writer toStdout = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
    PrintWriter out =
        new PrintWriter(System.console() == null ? toStdout : Terminal.lines(toStdout), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    cl.setOut(out);
    cl.setErr(err);
    if (Boolean.getBoolean(PROGRESS_PROPERTY)) {
      ReadProgress.install(new ProgressBar(err, System::nanoTime));
    }
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
    return commandLine(Clock.systemDefaultZone());
  }

  /** The command line with "today" taken from {@code clock}. */
  public static CommandLine commandLine(Clock clock) {
    CommandLine cl = new CommandLine(new Main());
    for (Operation<?, ?> op : Operations.all(clock)) {
      if (!op.name().equals(AssessCommand.NAME)) {
        add(cl, op.name().split(" "), OperationCommand.of(op, clock));
      }
    }
    for (Object command :
        List.of(
            new ProfileCommand(clock),
            new AssessCommand(clock),
            new ExportCommand(clock),
            new QueryCommand(),
            new LoadCommand(),
            new ServeCommand(clock),
            new ValidateCommand(),
            new ImportCommand(),
            new CompareCommand(),
            new CommandLine.HelpCommand())) {
      CommandLine sub = new CommandLine(command);
      if (command instanceof SharedParams shared) {
        CliArgs.declare(sub.getCommandSpec(), shared.sharedParams());
      }
      cl.addSubcommand(sub);
    }
    Errors.install(cl);
    return cl;
  }

  /** Adds {@code command} as {@code words}: a group's subcommand when there are two words. */
  private static void add(CommandLine cl, String[] words, CommandLine command) {
    CommandLine parent = cl;
    if (words.length > 1) {
      parent = cl.getSubcommands().get(words[0]);
      if (parent == null) {
        parent = OperationGroup.named(words[0]);
        cl.addSubcommand(words[0], parent);
      }
    }
    parent.addSubcommand(words[words.length - 1], command);
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
