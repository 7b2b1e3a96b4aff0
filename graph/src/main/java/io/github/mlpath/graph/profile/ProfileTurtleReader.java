package io.github.mlpath.graph.profile;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.learner.Mark;
import io.github.mlpath.core.learner.MarkOrigin;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.ReviewCard;
import io.github.mlpath.core.plan.Strategy;
import io.github.mlpath.graph.vocab.MLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a profile file exactly as {@link ProfileTurtle} writes it, without an RDF parser (so
 * planning with a profile loads no Jena class). It is strict in the strongest way: the profile it
 * reads must write back to the very same text, byte for byte; any other text (edited by hand, from
 * another version, broken) is left to the full Turtle parser, which reads every profile and reports
 * errors with FILE:LINE:COL. So it can never read a profile differently from that parser.
 */
final class ProfileTurtleReader {
  private static final String TOPIC =
      "(topic:[^\\s;\\]]+|<" + Pattern.quote(MLP.TOPIC_NS) + "[^>]+>)";
  private static final String DATE = "\"(\\d{4}-\\d{2}-\\d{2})\"\\^\\^xsd:date";
  private static final String NUMBER = "([0-9.]+)";
  private static final Pattern GOALS = Pattern.compile("\n    mlp:goals \\( ([^)]*) \\)");
  private static final Pattern LEARNED =
      Pattern.compile(
          "\\[ a mlp:Mark ; mlp:topic "
              + TOPIC
              + " ; mlp:date "
              + DATE
              + " ; mlp:origin \"(\\w+)\" \\]");
  private static final Pattern IMPLIED =
      Pattern.compile("\\[ a mlp:Mark ; mlp:topic " + TOPIC + " ; mlp:date " + DATE + " \\]");
  private static final Pattern REVIEW =
      Pattern.compile(
          "\\[ a mlp:ReviewSchedule ; mlp:topic "
              + TOPIC
              + " ;\n {10}mlp:lastReviewed "
              + DATE
              + " ; mlp:due "
              + DATE
              + " ;\n {10}mlp:repetitions "
              + NUMBER
              + " ; mlp:ease "
              + NUMBER
              + " ; mlp:interval (\\d+) ; mlp:lapses (\\d+) \\]");

  private ProfileTurtleReader() {}

  /** The profile {@code text} holds, if it is exactly what mlpath writes for it; else empty. */
  static Optional<Profile> read(String text, String learnerIri) {
    try {
      Profile p = parse(text);
      return ProfileTurtle.write(p, learnerIri).equals(text) ? Optional.of(p) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Profile parse(String text) {
    List<Mark> learned =
        all(
            LEARNED,
            text,
            m ->
                new Mark(
                    id(m.group(1)),
                    LocalDate.parse(m.group(2)),
                    MarkOrigin.fromSlug(m.group(3)).orElseThrow()));
    List<Mark> implied =
        all(
            IMPLIED,
            text,
            m -> new Mark(id(m.group(1)), LocalDate.parse(m.group(2)), MarkOrigin.IMPLIED));
    List<ReviewCard> reviews = all(REVIEW, text, ProfileTurtleReader::review);
    Matcher g = GOALS.matcher(text);
    List<String> goals =
        g.find()
            ? List.of(g.group(1).split(" ")).stream().map(ProfileTurtleReader::id).toList()
            : List.of();
    return new Profile(learned, implied, goals, preferences(text), reviews);
  }

  private static ReviewCard review(Matcher m) {
    return new ReviewCard(
        id(m.group(1)),
        LocalDate.parse(m.group(2)),
        LocalDate.parse(m.group(3)),
        Double.parseDouble(m.group(4)),
        Double.parseDouble(m.group(5)),
        Integer.parseInt(m.group(6)),
        Integer.parseInt(m.group(7)));
  }

  private static Preferences preferences(String text) {
    return new Preferences(
        value(text, "hoursPerWeek " + NUMBER).map(Double::parseDouble),
        value(text, "startDate " + DATE).map(LocalDate::parse),
        value(text, "preferredMedium \"(\\w+)\"").map(s -> Medium.fromSlug(s).orElseThrow()),
        text.contains("\n    mlp:freeOnly true"),
        value(text, "preferredDepth \"(\\w+)\"").map(s -> Depth.fromSlug(s).orElseThrow()),
        value(text, "strategy \"([\\w-]+)\"").map(s -> Strategy.fromSlug(s).orElseThrow()));
  }

  /** The first group of the property {@code mlp:PATTERN} of the learner, if it has it. */
  private static Optional<String> value(String text, String pattern) {
    Matcher m = Pattern.compile("\n    mlp:" + pattern + " [;.]\n").matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static <T> List<T> all(Pattern p, String text, Function<Matcher, T> make) {
    List<T> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(make.apply(m));
    }
    return out;
  }

  /** The id of {@code topic:ID} or {@code <TOPIC_NS ID>}. */
  private static String id(String topic) {
    return topic.startsWith("topic:")
        ? topic.substring("topic:".length())
        : topic.substring(MLP.TOPIC_NS.length() + 1, topic.length() - 1);
  }
}
