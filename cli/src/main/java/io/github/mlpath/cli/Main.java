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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The {@code mlpath} command: registers the subcommands (every {@link Operations operation}, then
 * the commands that are not API routes) and {@link Errors}, which turns errors into exit codes. Its
 * model, like the operations', is built with picocli's builders ({@link Specs}): a planning command
 * reads no annotation.
 */
public final class Main implements Runnable {
  private final CommandSpec spec = Specs.command(this);

  private Main() {
    spec.name("mlpath");
    spec.versionProvider(new Version());
    spec.usageMessage()
        .description("What to learn, in what order, and which math you need for it.");
    spec.addOption(
        OptionSpec.builder("--debug")
            .scopeType(ScopeType.INHERIT)
            .arity("0")
            .type(boolean.class)
            .description("Show the stack trace of an error.")
            .build());
    Specs.standardHelp(spec);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  /**
   * Set to {@code true} (the launcher does when standard error is a terminal) to show a progress
   * bar on standard error during long reads.
   */
  public static final String PROGRESS_PROPERTY = "mlpath.progress";

  /** picocli's switch for Groovy closures in annotations, which mlpath does not use. */
  static final String PICOCLI_CLOSURES = "picocli.disable.closures";

  /**
   * Runs a command. Output is always UTF-8, whatever the locale: RDF, JSON and the labels of the
   * curriculum need it, and Java 17 would otherwise follow a C locale to ASCII and print '?'. On a
   * terminal, control characters and escape sequences in the output (a label in the data, say) are
   * shown escaped ({@link Terminal#lines}) and each line is written when it ends; piped or
   * redirected output is left as it is and written in blocks (a system call per line made printing
   * a long path slow), flushed by each command when it is done. java.util.logging is switched off
   * ({@link QuietLogging}; slf4j-nop silences the rest): libraries such as the JSON-LD parser would
   * otherwise write timestamped warnings to stderr.
   */
  public static void main(String[] args) {
    // picocli's default factory otherwise looks for groovy.lang.Closure through every jar of the
    // class path when it starts (a failed class lookup: about 30 ms of a short command)
    System.setProperty(PICOCLI_CLOSURES, "true");
    QuietLogging.install();
    CommandLine cl = commandLine(new LocalClock(), args);
    StandardOutput stdout = new StandardOutput();
    Writer toStdout = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
    boolean terminal = System.console() != null;
    PrintWriter out = new PrintWriter(terminal ? Terminal.lines(toStdout) : toStdout, terminal);
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

  /** The configured command line with every command; tests call {@code execute} on it. */
  public static CommandLine commandLine() {
    return commandLine(new LocalClock());
  }

  /** The command line with every command, "today" taken from {@code clock}. */
  public static CommandLine commandLine(Clock clock) {
    return commandLine(clock, Optional.empty());
  }

  /**
   * The command line that runs {@code args}: only the command they name is built when they name one
   * (building picocli's model of every command was most of a short command's start-up), every
   * command otherwise, so that {@code mlpath --help}, {@code mlpath help CMD} and the suggestions
   * for a misspelt command see them all.
   */
  public static CommandLine commandLine(Clock clock, String... args) {
    return commandLine(clock, commandNamed(args).filter(name -> !name.equals("help")));
  }

  private static CommandLine commandLine(Clock clock, Optional<String> only) {
    CommandLine cl = new CommandLine(new Main().spec);
    List<Subcommand> all = subcommands(clock);
    boolean known = only.isPresent() && all.stream().anyMatch(c -> c.name().equals(only.get()));
    for (Subcommand c : all) {
      if (!known || c.name().equals(only.get())) {
        c.addTo().accept(cl);
      }
    }
    Errors.install(cl);
    return cl;
  }

  /** The first argument that is not an option: the top level's options take no value. */
  private static Optional<String> commandNamed(String... args) {
    return Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst();
  }

  /** A subcommand by its first word, built and added to a command line only when asked for. */
  private record Subcommand(String name, Consumer<CommandLine> addTo) {}

  /** Every operation's command, then the commands that are not API routes, in help's order. */
  private static List<Subcommand> subcommands(Clock clock) {
    List<Subcommand> all = new ArrayList<>();
    for (Operation<?, ?> op : Operations.all(clock)) {
      if (!op.name().equals(AssessCommand.NAME)) {
        String[] words = op.name().split(" ");
        all.add(new Subcommand(words[0], cl -> add(cl, words, OperationCommand.of(op, clock))));
      }
    }
    all.add(plain(ProfileCommand.NAME, () -> new ProfileCommand(clock)));
    all.add(plain(AssessCommand.NAME, () -> new AssessCommand(clock)));
    all.add(plain(ExportCommand.NAME, () -> new ExportCommand(clock)));
    all.add(plain(QueryCommand.NAME, QueryCommand::new));
    all.add(plain(LoadCommand.NAME, LoadCommand::new));
    all.add(plain(ServeCommand.NAME, () -> new ServeCommand(clock)));
    all.add(plain(ValidateCommand.NAME, ValidateCommand::new));
    all.add(plain(ImportCommand.NAME, ImportCommand::new));
    all.add(plain(CompareCommand.NAME, CompareCommand::new));
    // a lambda, not CommandLine.HelpCommand::new: linking a constructor reference loads the class
    all.add(plain("help", () -> new CommandLine.HelpCommand()));
    return all;
  }

  /**
   * A command whose model comes from its annotations, built only when it runs (or for help), with
   * the shared parameters and option sets it takes.
   */
  private static Subcommand plain(String name, Supplier<Object> make) {
    return new Subcommand(
        name,
        cl -> {
          Object command = make.get();
          CommandLine sub = new CommandLine(command);
          if (command instanceof SharedParams shared) {
            CliArgs.declare(sub.getCommandSpec(), shared.sharedParams());
          }
          addOptionSets(sub);
          cl.addSubcommand(name, sub);
        });
  }

  /** Adds the option sets of {@code cl}'s command and of each of its subcommands to them. */
  private static void addOptionSets(CommandLine cl) {
    if (cl.getCommandSpec().userObject() instanceof OptionSet.Taker taker) {
      taker.optionSets().forEach(set -> set.addTo(cl.getCommandSpec()));
    }
    cl.getSubcommands().values().forEach(Main::addOptionSets);
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
