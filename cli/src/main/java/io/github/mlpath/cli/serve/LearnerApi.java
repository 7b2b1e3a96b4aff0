package io.github.mlpath.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlpath.cli.request.RequestException;
import io.github.mlpath.core.learner.Answer;
import io.github.mlpath.core.learner.LearnReport;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Placement;
import io.github.mlpath.core.learner.PlacementRequest;
import io.github.mlpath.core.learner.PlacementState;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.Reply;
import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.ProfileStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The learner routes on the server's profile that are not operations yet: read it, change its goals
 * and preferences (each change one {@link ProfileStore#update}, so atomic and locked), and the
 * placement quiz on it. Bodies arrive parsed as JSON; a bad field is {@link RequestException}.
 */
final class LearnerApi {
  private final Learner learner;
  private final Supplier<Placement> quiz;
  private final ProfileStore store;
  private final Clock clock;

  LearnerApi(Planner planner, Supplier<SelfChecks> checks, ProfileStore store, Clock clock) {

    this.learner = Learner.of(planner);
    this.quiz = ApiServlet.memoized(() -> Placement.of(planner, checks.get()));
    this.store = store;
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The answer of {@code POST /api/profile/assess}: where the quiz stands, and what saving it did.
   */
  record AssessAnswer(PlacementState state, Optional<LearnReport> saved) {}

  Profile profile() {
    return store.read();
  }

  AssessAnswer assess(JsonNode body) {
    List<Answer> answers = new ArrayList<>();
    for (JsonNode a : array(body, "answers")) {
      Reply reply =
          Reply.parse(text(a, "reply").orElse(""))
              .orElseThrow(() -> new RequestException("an answer's reply must be yes, no or skip"));
      answers.add(
          new Answer(
              text(a, "topic").orElseThrow(() -> new RequestException("an answer needs a topic")),
              reply));
    }
    List<String> goals = names(body, "goals");
    Profile p = store.read();
    PlacementState state =
        quiz.get().evaluate(new PlacementRequest(goals, learner.knownIds(p), answers));
    if (!body.path("save").asBoolean(false)) {
      return new AssessAnswer(state, Optional.empty());
    }
    if (!state.done() || !state.contradictions().isEmpty()) {
      throw new RequestException("save only a finished quiz: answer its next question first");
    }
    return new AssessAnswer(
        state,
        Optional.of(
            store.update(q -> learner.place(q, state.known(), today()), LearnReport::profile)));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode n = node.get(field);
    return n == null || !n.isTextual() || n.asText().isBlank()
        ? Optional.empty()
        : Optional.of(n.asText());
  }

  private static List<JsonNode> array(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw new RequestException("'" + field + "' must be a JSON array");
    }
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  private static List<String> names(JsonNode body, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array(body, field)) {
      if (!n.isTextual() || n.asText().isBlank()) {
        throw new RequestException("'" + field + "' must hold topic names");
      }
      out.add(n.asText());
    }
    return out;
  }
}
