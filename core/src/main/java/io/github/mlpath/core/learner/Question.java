package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Optional;

/**
 * The next question of the placement quiz: "Can you do {@code topic}?". Immutable. The answers to
 * record for each reply are spelled out, so a client needs no logic of its own: it appends {@code
 * ifYes}, {@code ifNo} or {@code ifSkip} to the answers so far. For an ordinary question they are
 * the reply on {@code topic}; a question that resolves a {@link Contradiction} asks about its
 * {@code no} topic, and "no" then withdraws the {@code yes} answer instead.
 *
 * @param topic the topic asked about
 * @param definition a one-line description of it, if the data has one
 * @param check a concrete self-check the learner can answer honestly, if the data has one
 * @param resolves the contradiction this question resolves, if it is one
 * @param ifYes the answers to record on yes
 * @param ifNo the answers to record on no
 * @param ifSkip the answers to record on skip
 */
public record Question(
    TopicRef topic,
    Optional<String> definition,
    Optional<String> check,
    Optional<Contradiction> resolves,
    List<Answer> ifYes,
    List<Answer> ifNo,
    List<Answer> ifSkip) {
  public Question {
    Records.requireNonNull(Question.class, topic, definition, check, resolves);
    ifYes = List.copyOf(ifYes);
    ifNo = List.copyOf(ifNo);
    ifSkip = List.copyOf(ifSkip);
  }

  /** The answers to record for {@code reply}. */
  public List<Answer> answersFor(Reply reply) {
    return switch (reply) {
      case YES -> ifYes;
      case NO -> ifNo;
      case SKIP -> ifSkip;
    };
  }
}
