package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.render.PathText;
import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.cli.request.AssessOperation;
import io.github.mlpath.cli.request.Context;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.core.learner.Contradiction;
import io.github.mlpath.core.learner.LearnReport;
import io.github.mlpath.core.learner.Placement;
import io.github.mlpath.core.learner.PlacementRequest;
import io.github.mlpath.core.learner.PlacementSession;
import io.github.mlpath.core.learner.PlacementState;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.graph.read.SelfCheckReader;
import io.github.mlpath.graph.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code mlpath assess}: the placement quiz, saved to the profile. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "A placement quiz: 'Can you do X?' about the topics of the goals (or the whole curriculum)"
          + " that your profile does not know yet, each with a concrete check. A yes counts what X"
          + " requires as known, a no what requires X as unknown, and each question is the one"
          + " that splits what is left best. At the end the known topics are saved to your"
          + " profile and the path that follows is printed.",
      "Answers come from the terminal, from standard input one a line (yes, no, skip, or y, n,"
          + " s), or with --answers FILE from lines such as 'yes derivatives'."
    })
final class AssessCommand extends DataCommand {
  /** The command's name, also an operation's (its one-step JSON form, the API's quiz). */
  static final String NAME = "assess";

  final ProfileOptions profile = new ProfileOptions();

  @Option(
      names = {"-g", "--goal"},
      paramLabel = "TOPIC",
      description = "Ask about this goal and what it requires (repeatable; default: everything).")
  List<String> goals = new ArrayList<>();

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description =
          "Take the answers from FILE: one a line, 'yes TOPIC', 'no TOPIC' or 'skip TOPIC'.")
  Path answers;

  @Option(names = "--dry-run", description = "Show the result without saving it.")
  boolean dryRun;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "text (default): the whole quiz, saved; json: one step of it, as GET /api/assess"
              + " answers (the next question, or the result), from --answer, nothing saved.")
  String format = "text";

  @Option(
      names = "--answer",
      paramLabel = "TOPIC:REPLY",
      description = "With --format json: an answer so far, in order (repeatable): yes, no or skip.")
  List<String> steps = new ArrayList<>();

  @Option(
      names = {"-k", "--known"},
      paramLabel = "TOPIC",
      description = "Topics known besides those of the profile (repeatable, comma-separated).")
  List<String> known = new ArrayList<>();

  private final Clock clock;

  AssessCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public List<OptionSet> optionSets() {
    return List.of(data, profile);
  }

  @Override
  public Integer call() throws Exception {
    LearnerSession s;
    SelfChecks checks;
    try (Store st = data.open()) {
      s = LearnerSession.of(st.whole(), LearnerSession.store(data, profile), clock);
      checks = SelfCheckReader.read(st.graph());
    }
    PrintWriter out = spec.commandLine().getOut();
    Profile before = s.read(spec.commandLine().getErr());
    if (format.equalsIgnoreCase("json")) {
      return oneStep(s, before, checks, out);
    }
    if (!format.equalsIgnoreCase("text") || !steps.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--format is text or json, and --answer goes with --format json");
    }
    PlacementSession quiz = Placement.of(s.planner, checks).start(goals, knownNow(s, before));
    out.printf(
        "Placement quiz: %d topics to decide%s.%n",
        quiz.topics(), goals.isEmpty() ? "" : " for " + String.join(", ", goals));
    Optional<AnswerFileRun> fromFile =
        Optional.ofNullable(answers)
            .map(
                f ->
                    new AnswerFileRun(
                        AnswersFile.read(f, spec.commandLine()), s.planner, spec.commandLine()));
    int asked = fromFile.isPresent() ? fromFile.get().run(quiz, out) : dialog().run(quiz, out);
    PlacementState state = quiz.state();
    refuseContradictions(state, fromFile, out);
    result(state, asked, out);
    path(s, save(s, before, state, out), out);
    out.flush();
    return ExitCodes.OK;
  }

  /** One step of the quiz, by the API's operation: what the profile knows counts as known. */
  private int oneStep(LearnerSession s, Profile before, SelfChecks checks, PrintWriter out) {
    Map<String, List<String>> given =
        Map.of("goal", goals, "known", knownNow(s, before), "answer", steps);
    AssessOperation op = new AssessOperation();
    PlacementRequest request = op.bind(param -> given.getOrDefault(param.name(), List.of()));
    out.println(Json.write(op.answer(new Context(s.planner, () -> checks), request)));
    out.flush();
    return ExitCodes.OK;
  }

  /** What counts as known before the quiz: the profile's known topics and {@code --known}. */
  private List<String> knownNow(LearnerSession s, Profile p) {
    List<String> out = new ArrayList<>(s.learner.knownIds(p));
    out.addAll(known);
    return out;
  }

  private QuizDialog dialog() {
    return new QuizDialog(
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
        System.console() != null,
        spec.commandLine());
  }

  /** Prints every contradiction and stops, with nothing saved, when there is one. */
  private void refuseContradictions(
      PlacementState state, Optional<AnswerFileRun> fromFile, PrintWriter out) {
    if (state.contradictions().isEmpty()) {
      return;
    }
    for (Contradiction c : state.contradictions()) {
      out.println(
          QuizDialog.contradiction(c)
              + fromFile
                  .map(f -> " (" + f.where(c.yes().id()) + ", " + f.where(c.no().id()) + ")")
                  .orElse(""));
    }
    throw new ParameterException(
        spec.commandLine(),
        "the answers contradict each other (above); nothing was saved: fix them and run again");
  }

  /** Saves the placement unless {@code --dry-run}; the profile that follows either way. */
  private Profile save(LearnerSession s, Profile before, PlacementState state, PrintWriter out) {
    if (dryRun) {
      out.println("Not saved (--dry-run).");
      return s.learner.place(before, state.known(), s.today).profile();
    }
    LearnReport r =
        s.store.update(p -> s.learner.place(p, state.known(), s.today), LearnReport::profile);
    out.printf(
        "Saved to %s: %d marked as placed, %d more implied.%n",
        s.store.description(), r.marked().size(), r.newlyImplied().size());
    return r.profile();
  }

  private static void result(PlacementState state, int asked, PrintWriter out) {
    out.printf("%nAsked %d questions to decide %d topics.%n", asked, state.topics());
    if (!state.ignored().isEmpty()) {
      out.printf(
          "Answers not needed (known already, or outside the goals): %s%n",
          ProfileText.labels(state.ignored()));
    }
    out.printf("Known (%d): %s%n", state.known().size(), ProfileText.labels(state.known()));
    out.printf(
        "Not known yet (%d): %s%n", state.unknown().size(), ProfileText.labels(state.unknown()));
    if (!state.undecided().isEmpty()) {
      out.printf(
          "Undecided (%d, skipped or unanswered): %s%n",
          state.undecided().size(), ProfileText.labels(state.undecided()));
    }
  }

  private void path(LearnerSession s, Profile p, PrintWriter out) {
    List<String> to = goals.isEmpty() ? p.goals() : goals;
    if (to.isEmpty()) {
      out.println("Add a goal to see the path that follows: mlpath goal add TOPIC");
      return;
    }
    out.println();
    PathText.text(s.planner.path(s.learner.request(p, to, s.today)), out);
  }
}
