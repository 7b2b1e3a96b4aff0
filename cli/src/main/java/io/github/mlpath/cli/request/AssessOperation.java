package io.github.mlpath.cli.request;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Answer;
import io.github.mlpath.core.learner.Placement;
import io.github.mlpath.core.learner.PlacementRequest;
import io.github.mlpath.core.learner.PlacementState;
import io.github.mlpath.core.learner.Reply;
import io.github.mlpath.graph.CurriculumSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/assess} (and {@code mlpath assess --format json}): the placement quiz, stateless. The
 * caller sends the answers so far ({@code --answer TOPIC:REPLY}, in order) and gets where the quiz
 * stands: the next question with the answers each reply adds, or, when {@code next} is absent, the
 * result.
 */
public final class AssessOperation extends Operation<PlacementRequest, PlacementState> {
  static final Param<String> ANSWER =
      Param.list(
          "answer",
          "TOPIC:REPLY",
          "An answer so far, in order (repeatable): a topic and yes, no or skip.");

  private final PerPlanner<Placement> quiz =
      new PerPlanner<>(c -> Placement.of(c.planner(), c.selfChecks().get()));

  /** The operation, for {@link Operations}. */
  public AssessOperation() {
    super(
        "assess",
        List.of(Params.GOAL, Params.KNOWN, ANSWER),
        List.of(),
        "The placement quiz, one step: from the goals, what is already known and the answers so"
            + " far, the next question to ask (with the answers each reply implies) or, when the"
            + " quiz is over, what the learner knows.");
  }

  @Override
  public PlacementRequest bind(Args args) {
    List<Answer> answers = new ArrayList<>();
    for (String a : ANSWER.list(args)) {
      int colon = a.lastIndexOf(':');
      Optional<Reply> reply = colon < 0 ? Optional.empty() : Reply.parse(a.substring(colon + 1));
      if (reply.isEmpty()) {
        throw RequestException.badValue(ANSWER, a + " is not TOPIC:yes, TOPIC:no or TOPIC:skip");
      }
      answers.add(new Answer(a.substring(0, colon).strip(), reply.get()));
    }
    return new PlacementRequest(Params.GOAL.list(args), Params.KNOWN.list(args), answers);
  }

  @Override
  public Curriculum scope(CurriculumSource source, PlacementRequest request) {
    return source.whole();
  }

  @Override
  public PlacementState answer(Context context, PlacementRequest request) {
    return quiz.get(context).evaluate(request);
  }
}
