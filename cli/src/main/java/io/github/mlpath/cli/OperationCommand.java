package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.request.Answered;
import io.github.mlpath.cli.request.Context;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.cli.request.IgnoredProblems;
import io.github.mlpath.cli.request.Operation;
import io.github.mlpath.cli.request.Operation.TextFormat;
import io.github.mlpath.cli.request.Param;
import io.github.mlpath.cli.request.Params;
import io.github.mlpath.cli.request.ProfileArgs;
import io.github.mlpath.cli.request.RequestException;
import io.github.mlpath.cli.request.Values;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.ProfileStore;
import io.github.mlpath.graph.read.SelfCheckReader;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command of one {@link Operation}: its parameters as options and arguments, the data options,
 * and {@code --format} with the operation's text formats and JSON.
 *
 * @param <Q> the operation's request
 * @param <R> its answer
 */
final class OperationCommand<Q, R> implements Callable<Integer> {
  private CommandSpec spec;

  private final DataOptions data = new DataOptions();

  private final Operation<Q, R> operation;
  private final Param<String> format;
  private final Optional<ProfileUse> profile;
  private final Optional<ProfileOptions> learner;

  private final Clock clock;

  private OperationCommand(Operation<Q, R> operation, Clock clock) {
    this.operation = operation;
    this.clock = clock;
    this.profile = ProfileArgs.shapes(operation) ? Optional.of(new ProfileUse()) : Optional.empty();
    this.learner =
        operation.readsProfile() || operation.writesProfile()
            ? Optional.of(new ProfileOptions())
            : Optional.empty();
    List<String> names = formatNames(operation);
    this.format =
        Param.option(
                "format",
                "FORMAT",
                String.join(", ", names) + " (default: " + names.get(0) + ")",
                Values.slug(names.toArray(String[]::new), s -> s))
            .withShortName("-f");
  }

  /**
   * The command line of {@code operation}, named as it is, "today" by {@code clock}; its model is
   * built with picocli's builders ({@link Specs}), so building it reads no annotation.
   */
  static <Q, R> CommandLine of(Operation<Q, R> operation, Clock clock) {
    OperationCommand<Q, R> command = new OperationCommand<>(operation, clock);
    CommandSpec spec = Specs.command(command);
    command.spec = spec;
    command.data.addTo(spec);
    Specs.standardHelp(spec);
    String[] words = operation.name().split(" ");
    spec.name(words[words.length - 1]);
    spec.usageMessage().description(operation.description().toArray(String[]::new));
    List<Param<?>> params = new ArrayList<>(operation.params());
    params.add(command.format);
    CliArgs.declare(spec, params);
    command.profile.ifPresent(p -> p.addTo(spec));
    command.learner.ifPresent(p -> p.addTo(spec));
    return new CommandLine(spec);
  }

  private static List<String> formatNames(Operation<?, ?> operation) {
    List<String> names = new ArrayList<>();
    operation.textFormats().forEach(f -> names.add(f.name()));
    names.add("json");
    return names;
  }

  @Override
  public Integer call() {
    CliArgs args = new CliArgs(spec.commandLine().getParseResult());
    String chosen = format.get(args).orElse(formatNames(operation).get(0));
    List<IgnoredProblems> ignored = new ArrayList<>(1);
    Optional<ProfileStore> changed =
        operation.writesProfile()
            ? Optional.of(LearnerSession.store(data, learner.get()))
            : Optional.empty();
    R answer = answer(args, ignored, changed);
    PrintWriter out = spec.commandLine().getOut();
    if (chosen.equals("json")) {
      out.println(Json.write(ignored.isEmpty() ? answer : new Answered<>(answer, ignored.get(0))));
    } else {
      printer(chosen).print(answer, out);
      profile.flatMap(p -> p.dueNote(clock)).ifPresent(out::println);
      changed.ifPresent(s -> out.println("Profile: " + s.description()));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The answer: the request bound (behind the profile, for a plan), on the store's curriculum; what
   * the data's errors made it ignore goes to {@code ignored}; an operation that changes the profile
   * changes the one in {@code changed}, and then warns of the topics it names that the curriculum
   * lacks.
   */
  private R answer(CliArgs args, List<IgnoredProblems> ignored, Optional<ProfileStore> changed) {
    Optional<Q> early = profile.isPresent() ? Optional.empty() : Optional.of(operation.bind(args));
    PrintWriter err = spec.commandLine().getErr();
    return data.with(
        store -> {
          Q request =
              early.orElseGet(
                  () -> operation.bind(profile.get().over(args, data, store::asRead, err)));
          Planner planner = Planner.of(Params.planned(operation.scope(store, request), args));
          Context context =
              new Context(
                  planner,
                  () -> SelfCheckReader.read(store.graph()),
                  () -> profile(planner, err),
                  changed);
          R a = operation.answer(context, request);
          changed.ifPresent(
              s -> LearnerSession.warnMissing(Learner.of(planner).missing(s.read()), err));
          operation.checkAnswer(store, request, a);
          data.ignoredProblems(store).ifPresent(ignored::add);
          return a;
        });
  }

  /**
   * The learner's profile: for an operation about the learner, read (with a warning for topics it
   * lacks); for a plan, the one that filled in the request; otherwise none.
   */
  private Profile profile(Planner planner, PrintWriter err) {
    if (learner.isEmpty() || !operation.readsProfile()) {
      return profile.flatMap(ProfileUse::used).orElse(Profile.EMPTY);
    }
    Profile p = LearnerSession.store(data, learner.get()).read();
    LearnerSession.warnMissing(Learner.of(planner).missing(p), err);
    return p;
  }

  private Operation.Printer<R> printer(String name) {
    for (TextFormat<R> f : operation.textFormats()) {
      if (f.name().equals(name)) {
        return f.printer();
      }
    }
    throw new RequestException("%s: no format " + name, format);
  }
}
