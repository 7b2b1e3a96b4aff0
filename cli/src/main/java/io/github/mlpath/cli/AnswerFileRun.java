package io.github.mlpath.cli;

import io.github.mlpath.core.UnknownTopicException;
import io.github.mlpath.core.learner.Answer;
import io.github.mlpath.core.learner.PlacementSession;
import io.github.mlpath.core.learner.Question;
import io.github.mlpath.core.learner.Reply;
import io.github.mlpath.core.plan.Planner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The placement quiz answered from a file: each question takes the file's answer for its topic (a
 * topic the file does not answer is skipped and reported); then every answer the quiz did not need
 * is checked against the result, so a file that contradicts itself is caught.
 */
final class AnswerFileRun {
  private final AnswersFile file;
  private final Planner planner;
  private final CommandLine cl;

  AnswerFileRun(AnswersFile file, Planner planner, CommandLine cl) {
    this.file = file;
    this.planner = planner;
    this.cl = cl;
  }

  /** Runs the quiz; returns how many questions it asked. */
  int run(PlacementSession quiz, PrintWriter out) {
    Map<Integer, Integer> byTopic = new LinkedHashMap<>();
    for (int i = 0; i < file.answers().size(); i++) {
      byTopic.put(topic(i), i);
    }
    List<String> unanswered = new ArrayList<>();
    int asked = 0;
    for (Optional<Question> next = quiz.next(); next.isPresent(); next = quiz.next()) {
      Question q = next.get();
      if (q.resolves().isPresent()) {
        break;
      }
      int t = planner.resolve(q.topic().id());
      Integer i = byTopic.remove(t);
      asked++;
      if (i == null) {
        quiz.answer(t, Reply.SKIP);
        unanswered.add(q.topic().label());
        out.printf("%d. %s: no answer in the file, skipped%n", asked, q.topic().label());
      } else {
        quiz.answer(t, file.answers().get(i).reply());
        out.printf(
            "%d. %s: %s (%s:%d)%n",
            asked,
            q.topic().label(),
            file.answers().get(i).reply().slug(),
            file.file(),
            file.lines().get(i));
      }
    }
    byTopic.forEach((t, i) -> quiz.answer(t, file.answers().get(i).reply()));
    if (!unanswered.isEmpty()) {
      out.println("The file does not answer: " + String.join(", ", unanswered));
    }
    return asked;
  }

  /** "FILE:LINE" of the last answer on topic {@code id}, or the file alone. */
  String where(String id) {
    int line = -1;
    for (int i = 0; i < file.answers().size(); i++) {
      if (topic(i) == planner.resolve(id)) {
        line = file.lines().get(i);
      }
    }
    return line < 0 ? file.file().toString() : file.file() + ":" + line;
  }

  private int topic(int i) {
    Answer a = file.answers().get(i);
    try {
      return planner.resolve(a.topic());
    } catch (UnknownTopicException e) {
      throw new ParameterException(
          cl, file.file() + ":" + file.lines().get(i) + ": " + e.getMessage());
    }
  }
}
