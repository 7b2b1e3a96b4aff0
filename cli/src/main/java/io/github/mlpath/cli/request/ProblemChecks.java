package io.github.mlpath.cli.request;

import io.github.mlpath.graph.CurriculumSource;
import java.util.function.Supplier;

/**
 * For a server answering every request on one curriculum read with its errors ({@link
 * CurriculumSource#asRead}): each request is checked as the command would check it, refused with
 * the first error that concerns its topics, and otherwise answered with what it ignored.
 *
 * @param source the data, which checks the topics of a scope
 * @param ignored its errors, as every answer given reports them
 */
public record ProblemChecks(CurriculumSource source, IgnoredProblems ignored) {

  /**
   * {@code answer} to {@code request}, after checking that no error of the data concerns the topics
   * the operation's scope needs, or those the answer shows.
   *
   * @throws io.github.mlpath.graph.InvalidDataException naming the first error that does
   */
  public <Q, R> Answered<R> checked(Operation<Q, R> op, Q request, Supplier<R> answer) {
    op.scope(source, request);
    R a = answer.get();
    op.checkAnswer(source, request, a);
    return new Answered<>(a, ignored);
  }
}
