package io.github.mlpath.cli;

import io.github.mlpath.core.learner.Answer;
import io.github.mlpath.core.learner.Reply;
import io.github.mlpath.graph.SourceUnreadableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The answers a script gives {@code assess --answers FILE}: one a line, the reply first and then
 * the topic by any name, such as {@code yes derivatives} or {@code no Chain rule}; {@code #} starts
 * a comment, blank lines are skipped.
 *
 * @param file the file, for messages
 * @param answers the answers in file order
 * @param lines the line of each answer, 1-based
 */
record AnswersFile(Path file, List<Answer> answers, List<Integer> lines) {
  /**
   * Reads {@code file}.
   *
   * @throws ParameterException naming FILE:LINE for a line that is not "REPLY TOPIC"
   */
  static AnswersFile read(Path file, CommandLine cl) {
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceUnreadableException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
    List<Answer> answers = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).replaceFirst("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      Optional<Reply> reply = Reply.parse(parts[0]);
      if (reply.isEmpty() || parts.length < 2) {
        throw new ParameterException(
            cl,
            file
                + ":"
                + (i + 1)
                + ": expected 'yes TOPIC', 'no TOPIC' or 'skip TOPIC', not '"
                + line
                + "'");
      }
      answers.add(new Answer(parts[1].strip(), reply.get()));
      lines.add(i + 1);
    }
    return new AnswersFile(file, answers, lines);
  }
}
