package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.profile.ProfileStores;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mlpath profile show|export|import}: the whole profile. Each subcommand takes the data and
 * profile options ({@link OptionSet}s, which {@link Main} adds) and answers on this command's
 * streams.
 */
@Command(
    name = ProfileCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {"Your whole profile: show it, export it as Turtle, or import one."},
    subcommands = {
      ProfileCommand.Export.class,
      ProfileCommand.Import.class,
      ProfileCommand.Show.class
    })
final class ProfileCommand {
  /** The command's name (read by {@link Main} without reading this annotation). */
  static final String NAME = "profile";

  @Spec CommandSpec spec;

  private final Clock clock;

  ProfileCommand(Clock clock) {
    this.clock = clock;
  }

  /** What every subcommand takes: where the curriculum and the profile are. */
  abstract static class Sub extends DataCommand {
    @ParentCommand ProfileCommand parent;

    final ProfileOptions profile = new ProfileOptions();

    @Override
    public List<OptionSet> optionSets() {
      return List.of(data, profile);
    }
  }

  /** {@code profile show}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows where the profile is and what it holds (--format json: all of it).")
  static final class Show extends Sub {
    @Mixin FormatOption format;

    @Override
    public Integer call() {
      LearnerSession s = LearnerSession.open(data, profile, parent.clock);
      Profile p = s.read(parent.spec.commandLine().getErr());
      PrintWriter out = parent.spec.commandLine().getOut();
      if (format.json()) {
        out.println(Json.write(p));
      } else {
        ProfileText.profile(p, s.curriculum, s.store.description(), out);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code profile export [FILE]}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Writes the profile as Turtle to FILE (atomically), or to standard output.")
  static final class Export extends Sub {
    @Parameters(arity = "0..1", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      ProfileStore store = LearnerSession.store(data, profile);
      String turtle = store.turtle(store.read());
      AtomicOutput.write(file, parent.spec.commandLine().getOut(), w -> w.write(turtle));
      return ExitCodes.OK;
    }
  }

  /** {@code profile import FILE}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Replaces your profile with the one in FILE (Turtle, as 'profile export' writes it),"
            + " after checking it. A profile that is not empty is replaced only with --replace."
      })
  static final class Import extends Sub {
    @Option(names = "--replace", description = "Replace a profile that is not empty.")
    boolean replace;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new SourceUnreadableException(file.toString(), "no such file");
      }
      Profile imported = ProfileStores.file(file).read();
      LearnerSession s = LearnerSession.open(data, profile, parent.clock);
      s.store.update(
          current -> {
            if (!current.equals(Profile.EMPTY) && !replace) {
              throw new ParameterException(
                  parent.spec.commandLine(),
                  "your profile at "
                      + s.store.description()
                      + " is not empty; add --replace to replace it (save it first with 'mlpath"
                      + " profile export FILE')");
            }
            return imported;
          });
      PrintWriter out = parent.spec.commandLine().getOut();
      out.printf(
          "Imported %s: %d marked, %d implied, %d goals, %d review schedules, into %s%n",
          file,
          imported.learned().size(),
          imported.implied().size(),
          imported.goals().size(),
          imported.reviews().size(),
          s.store.description());
      out.flush();
      s.warnMissing(imported, parent.spec.commandLine().getErr());
      return ExitCodes.OK;
    }
  }
}
