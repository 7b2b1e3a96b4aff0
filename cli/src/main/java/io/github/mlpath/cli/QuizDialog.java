package io.github.mlpath.cli;

import io.github.mlpath.core.Link;
import io.github.mlpath.core.learner.Contradiction;
import io.github.mlpath.core.learner.PlacementSession;
import io.github.mlpath.core.learner.Question;
import io.github.mlpath.core.learner.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The placement quiz as a dialogue on a terminal or over standard input: a question, one line of
 * answer, the next question. On a terminal a reply that is not yes, no or skip is asked again, and
 * a check's answer is shown after the reply; from a pipe it is an error naming the line. The end of
 * input stops the quiz, keeping what was decided.
 */
final class QuizDialog {
  private final BufferedReader in;
  private final boolean terminal;
  private final CommandLine cl;
  private int line;

  QuizDialog(BufferedReader in, boolean terminal, CommandLine cl) {
    this.in = in;
    this.terminal = terminal;
    this.cl = cl;
  }

  /** Asks until the quiz is done or the input ends; returns how many questions were answered. */
  int run(PlacementSession quiz, PrintWriter out) {
    int asked = 0;
    for (Optional<Question> next = quiz.next(); next.isPresent(); next = quiz.next()) {
      Question q = next.get();
      print(q, asked + 1, out);
      Optional<Reply> reply = read(out);
      if (reply.isEmpty()) {
        out.println();
        out.println("Stopped at the end of the input; what was decided is kept.");
        break;
      }
      q.answersFor(reply.get()).forEach(quiz::answer);
      asked++;
      if (terminal) {
        answerOf(q).ifPresent(a -> out.println("    Answer: " + a));
      }
    }
    return asked;
  }

  private void print(Question q, int number, PrintWriter out) {
    out.println();
    q.resolves().ifPresent(c -> out.println("[" + number + "] " + contradiction(c)));
    out.printf("[%d] Can you do %s? (%s)%n", number, q.topic().label(), q.topic().id());
    q.definition().ifPresent(d -> out.println("    " + d));
    q.check().ifPresent(c -> out.println("    Check: " + questionOf(c)));
    q.resolves()
        .ifPresent(
            c ->
                out.println("    yes keeps your yes to " + c.yes().label() + "; no withdraws it."));
    out.print("    yes / no / skip > ");
    out.flush();
  }

  private Optional<Reply> read(PrintWriter out) {
    while (true) {
      String text;
      try {
        text = in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      line++;
      if (text == null) {
        return Optional.empty();
      }
      Optional<Reply> reply = Reply.parse(text);
      if (reply.isPresent()) {
        if (!terminal) {
          out.println(reply.get().slug());
        }
        return reply;
      }
      if (!terminal) {
        throw new ParameterException(
            cl, "standard input, line " + line + ": expected yes, no or skip, not '" + text + "'");
      }
      out.print("    please answer yes, no or skip (y, n, s) > ");
      out.flush();
    }
  }

  /** "You said yes to A but no to B, which it requires: a -> c -> b". */
  static String contradiction(Contradiction c) {
    StringBuilder chain = new StringBuilder(c.chain().topic().id());
    for (Link l : c.chain().links()) {
      chain.append(" -> ").append(l.required().id());
    }
    return "You said yes to "
        + c.yes().label()
        + " but no to "
        + c.no().label()
        + ", which it requires: "
        + chain;
  }

  /** The check without its answer. */
  static String questionOf(String check) {
    int cut = check.lastIndexOf(" (Answer: ");
    return cut < 0 ? check : check.substring(0, cut);
  }

  /** The answer of a check, if it gives one. */
  static Optional<String> answerOf(Question q) {
    return q.check()
        .flatMap(
            c -> {
              int cut = c.lastIndexOf(" (Answer: ");
              return cut < 0 || !c.endsWith(")")
                  ? Optional.empty()
                  : Optional.of(c.substring(cut + 10, c.length() - 1));
            });
  }
}
