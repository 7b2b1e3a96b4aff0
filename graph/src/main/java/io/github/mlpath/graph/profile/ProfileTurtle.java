package io.github.mlpath.graph.profile;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.learner.Mark;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.ReviewCard;
import io.github.mlpath.core.plan.Strategy;
import io.github.mlpath.graph.vocab.MLP;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a profile as Turtle on mlpath's vocabulary, the same profile always the same way: the
 * learner, its goals as an RDF list, its preferences, then one blank node per learned topic,
 * implied topic and review schedule, each in id order. Topics are {@code topic:ID}, in the bundled
 * curriculum's namespace. Stateless.
 */
public final class ProfileTurtle {
  private static final Pattern LOCAL_NAME =
      Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?");

  private ProfileTurtle() {}

  /** The Turtle text of {@code p} as the profile of {@code learnerIri}. */
  public static String write(Profile p, String learnerIri) {
    List<String> props = new ArrayList<>();
    props.add("a mlp:Learner");
    if (!p.goals().isEmpty()) {
      props.add(
          "mlp:goals ( "
              + String.join(" ", p.goals().stream().map(ProfileTurtle::topic).toList())
              + " )");
    }
    preferences(p.preferences(), props);
    if (!p.learned().isEmpty()) {
      props.add("mlp:learned" + nodes(p.learned().stream().map(ProfileTurtle::learned).toList()));
    }
    if (!p.implied().isEmpty()) {
      props.add("mlp:implied" + nodes(p.implied().stream().map(ProfileTurtle::implied).toList()));
    }
    if (!p.reviews().isEmpty()) {
      props.add("mlp:review" + nodes(p.reviews().stream().map(ProfileTurtle::review).toList()));
    }
    return "# A learner's profile, written by mlpath (see docs/vocabulary.md, \"The learner model\").\n"
        + "# mlpath rewrites this file whole; it never overwrites it while it does not parse.\n\n"
        + "@prefix mlp:   <"
        + MLP.NS
        + "> .\n"
        + "@prefix topic: <"
        + MLP.TOPIC_NS
        + "> .\n"
        + "@prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .\n\n"
        + "<"
        + learnerIri
        + ">\n    "
        + String.join(" ;\n    ", props)
        + " .\n";
  }

  private static void preferences(Preferences prefs, List<String> props) {
    prefs.hoursPerWeek().ifPresent(h -> props.add("mlp:hoursPerWeek " + decimal(h)));
    prefs.start().ifPresent(d -> props.add("mlp:startDate " + date(d)));
    prefs.medium().map(Medium::slug).ifPresent(m -> props.add("mlp:preferredMedium \"" + m + "\""));
    if (prefs.freeOnly()) {
      props.add("mlp:freeOnly true");
    }
    prefs.depth().map(Depth::slug).ifPresent(d -> props.add("mlp:preferredDepth \"" + d + "\""));
    prefs.strategy().map(Strategy::slug).ifPresent(s -> props.add("mlp:strategy \"" + s + "\""));
  }

  private static String nodes(List<String> bodies) {
    return "\n        [ " + String.join(" ] ,\n        [ ", bodies) + " ]";
  }

  /** A learned topic: a mark that says where it came from. */
  private static String learned(Mark m) {
    return implied(m) + " ; mlp:origin \"" + m.origin().slug() + "\"";
  }

  private static String implied(Mark m) {
    return "a mlp:Mark ; mlp:topic " + topic(m.topic()) + " ; mlp:date " + date(m.date());
  }

  private static String review(ReviewCard r) {
    return "a mlp:ReviewSchedule ; mlp:topic "
        + topic(r.topic())
        + " ;\n          mlp:lastReviewed "
        + date(r.last())
        + " ; mlp:due "
        + date(r.due())
        + " ;\n          mlp:repetitions "
        + decimal(r.repetitions())
        + " ; mlp:ease "
        + decimal(r.ease())
        + " ; mlp:interval "
        + r.interval()
        + " ; mlp:lapses "
        + r.lapses();
  }

  /**
   * {@code topic:ID} when the id is a plain local name, else the full IRI. Ids come from the
   * curriculum's IRIs, so they are always legal in one.
   */
  static String topic(String id) {
    return LOCAL_NAME.matcher(id).matches() ? "topic:" + id : "<" + MLP.TOPIC_NS + id + ">";
  }

  private static String date(LocalDate d) {
    return "\"" + d + "\"^^xsd:date";
  }

  /** A Turtle decimal: always with a point, never in exponent form. */
  static String decimal(double d) {
    String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return s.contains(".") ? s : s + ".0";
  }
}
