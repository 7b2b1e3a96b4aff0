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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath profile show|export|import}: the whole profile. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {"Your whole profile: show it, export it as Turtle, or import one."})
final class ProfileCommand {
  @Spec CommandSpec spec;

  private final Clock clock;

  ProfileCommand(Clock clock) {
    this.clock = clock;
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows where the profile is and what it holds (--format json: all of it).")
  int show(@Mixin DataOptions data, @Mixin ProfileOptions profile, @Mixin FormatOption format) {
    LearnerSession s = LearnerSession.open(data, profile, clock);
    Profile p = s.read(spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(p));
    } else {
      ProfileText.profile(p, s.curriculum, s.store.description(), out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Writes the profile as Turtle to FILE (atomically), or to standard output.")
  int export(
      @Mixin DataOptions data,
      @Mixin ProfileOptions profile,
      @Parameters(arity = "0..1", paramLabel = "FILE") Path file) {
    ProfileStore store = LearnerSession.store(data, profile);
    String turtle = store.turtle(store.read());
    AtomicOutput.write(file, spec.commandLine().getOut(), w -> w.write(turtle));
    return ExitCodes.OK;
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Replaces your profile with the one in FILE (Turtle, as 'profile export' writes it),"
            + " after checking it. A profile that is not empty is replaced only with --replace."
      })
  int importFile(
      @Mixin DataOptions data,
      @Mixin ProfileOptions profile,
      @Option(names = "--replace", description = "Replace a profile that is not empty.")
          boolean replace,
      @Parameters(paramLabel = "FILE") Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SourceUnreadableException(file.toString(), "no such file");
    }
    Profile imported = ProfileStores.file(file).read();
    LearnerSession s = LearnerSession.open(data, profile, clock);
    s.store.update(
        current -> {
          if (!current.equals(Profile.EMPTY) && !replace) {
            throw new ParameterException(
                spec.commandLine(),
                "your profile at "
                    + s.store.description()
                    + " is not empty; add --replace to replace it (save it first with 'mlpath"
                    + " profile export FILE')");
          }
          return imported;
        });
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Imported %s: %d marked, %d implied, %d goals, %d review schedules, into %s%n",
        file,
        imported.learned().size(),
        imported.implied().size(),
        imported.goals().size(),
        imported.reviews().size(),
        s.store.description());
    out.flush();
    s.warnMissing(imported, spec.commandLine().getErr());
    return ExitCodes.OK;
  }
}
