package io.github.mlpath.graph.profile;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.learner.Mark;
import io.github.mlpath.core.learner.MarkOrigin;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.ReviewCard;
import io.github.mlpath.core.plan.Strategy;
import io.github.mlpath.graph.ProfileException;
import io.github.mlpath.graph.read.Terms;
import io.github.mlpath.graph.vocab.MLP;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads a profile off an RDF model: the one {@code mlp:Learner} in it, or nothing in an empty
 * model. Every value is checked, and a bad one is a {@link ProfileException} naming the source, the
 * term and the value.
 */
public final class ProfileModel {
  private final String source;

  private ProfileModel(String source) {
    this.source = source;
  }

  /**
   * The profile in {@code model}: {@link Profile#EMPTY} for an empty model.
   *
   * @param source the file or graph, for messages
   * @throws ProfileException when the model is not one learner's profile or a value is wrong
   */
  public static Profile read(Model model, String source) {
    List<Resource> learners = model.listSubjectsWithProperty(RDF.type, MLP.Learner).toList();
    if (learners.isEmpty()) {
      if (model.isEmpty()) {
        return Profile.EMPTY;
      }
      throw new ProfileException(
          source
              + ": has no mlp:Learner, so it is not an mlpath profile; mlpath left it as it"
              + " is");
    }
    if (learners.size() > 1) {
      throw new ProfileException(
          source
              + ": holds "
              + learners.size()
              + " mlp:Learner profiles; a profile file holds one");
    }
    return new ProfileModel(source).learner(learners.get(0));
  }

  private Profile learner(Resource l) {
    List<Mark> learned = marks(l, MLP.learned, true);
    List<Mark> implied = marks(l, MLP.implied, false);
    List<ReviewCard> reviews = new ArrayList<>();
    for (Resource r : objects(l, MLP.review)) {
      reviews.add(review(r));
    }
    return new Profile(learned, implied, goals(l), preferences(l), reviews);
  }

  private List<Mark> marks(Resource l, org.apache.jena.rdf.model.Property p, boolean learned) {
    List<Mark> out = new ArrayList<>();
    for (Resource m : objects(l, p)) {
      String what = "a mark (" + MLP.PREFIX + ":" + p.getLocalName() + ")";
      MarkOrigin origin = MarkOrigin.IMPLIED;
      if (learned) {
        origin =
            optional(m, MLP.origin, what, Function.identity())
                .map(
                    o ->
                        MarkOrigin.fromSlug(o)
                            .filter(x -> x != MarkOrigin.IMPLIED)
                            .orElseThrow(() -> bad(what, "mlp:origin", o, "learned or assessed")))
                .orElse(MarkOrigin.LEARNED);
      }
      out.add(new Mark(topic(m, what), date(m, MLP.date, what), origin));
    }
    return out;
  }

  private ReviewCard review(Resource r) {
    String what = "a review (mlp:review)";
    String topic = topic(r, what);
    double reps = number(r, MLP.repetitions, what);
    double ease = number(r, MLP.ease, what);
    double interval = number(r, MLP.interval, what);
    double lapses = number(r, MLP.lapses, what);
    if (!(reps >= 1)
        || !(ease >= 1.3)
        || interval < 1
        || interval != Math.floor(interval)
        || lapses < 0
        || lapses != Math.floor(lapses)) {
      throw new ProfileException(
          source
              + ": the review of '"
              + topic
              + "' needs repetitions >= 1, ease >= 1.3, a whole"
              + " interval >= 1 and whole lapses >= 0; mlpath left the profile as it is");
    }
    return new ReviewCard(
        topic,
        date(r, MLP.lastReviewed, what),
        date(r, MLP.due, what),
        reps,
        ease,
        (int) interval,
        (int) lapses);
  }

  private List<String> goals(Resource l) {
    List<Resource> lists = objects(l, MLP.goals);
    if (lists.isEmpty()) {
      return List.of();
    }
    if (lists.size() > 1 || !lists.get(0).canAs(RDFList.class)) {
      throw new ProfileException(source + ": mlp:goals must be one RDF list ( topic:a topic:b )");
    }
    List<String> out = new ArrayList<>();
    for (RDFNode n : lists.get(0).as(RDFList.class).asJavaList()) {
      if (!n.isURIResource()) {
        throw new ProfileException(
            source + ": mlp:goals holds " + n + ", which is not a topic IRI");
      }
      out.add(Terms.id(n.asResource().getURI()));
    }
    return out;
  }

  private Preferences preferences(Resource l) {
    String what = "the learner";
    Optional<Double> hours =
        optional(
            l,
            MLP.hoursPerWeek,
            what,
            v -> {
              double h = parseNumber(v, what, "mlp:hoursPerWeek");
              if (!(h > 0) || h > 168) {
                throw bad(what, "mlp:hoursPerWeek", v, "more than 0 and at most 168");
              }
              return h;
            });
    return new Preferences(
        hours,
        optional(l, MLP.startDate, what, v -> parseDate(v, what, "mlp:startDate")),
        optional(
            l,
            MLP.preferredMedium,
            what,
            v ->
                Medium.fromSlug(v)
                    .orElseThrow(
                        () ->
                            bad(
                                what,
                                "mlp:preferredMedium",
                                v,
                                "video, book, interactive, course or article"))),
        optional(l, MLP.freeOnly, what, v -> parseBoolean(v, what)).orElse(false),
        optional(
            l,
            MLP.preferredDepth,
            what,
            v ->
                Depth.fromSlug(v)
                    .orElseThrow(
                        () -> bad(what, "mlp:preferredDepth", v, "intuition or rigorous"))),
        optional(
            l,
            MLP.strategy,
            what,
            v ->
                Strategy.fromSlug(v)
                    .orElseThrow(() -> bad(what, "mlp:strategy", v, "jit or math-first"))));
  }

  private List<Resource> objects(Resource s, org.apache.jena.rdf.model.Property p) {
    List<Resource> out = new ArrayList<>();
    for (Statement st : s.listProperties(p).toList()) {
      if (!st.getObject().isResource()) {
        throw new ProfileException(
            source + ": mlp:" + p.getLocalName() + " must link to a node, not " + st.getObject());
      }
      out.add(st.getObject().asResource());
    }
    return out;
  }

  private String topic(Resource node, String what) {
    List<Statement> topics = node.listProperties(MLP.topic).toList();
    if (topics.size() != 1 || !topics.get(0).getObject().isURIResource()) {
      throw new ProfileException(
          source + ": " + what + " needs exactly one mlp:topic, a topic IRI");
    }
    return Terms.id(topics.get(0).getObject().asResource().getURI());
  }

  private <T> Optional<T> optional(
      Resource s, org.apache.jena.rdf.model.Property p, String what, Function<String, T> parse) {
    List<Statement> values = s.listProperties(p).toList();
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1 || !values.get(0).getObject().isLiteral()) {
      throw new ProfileException(
          source + ": " + what + " needs at most one mlp:" + p.getLocalName() + ", a literal");
    }
    Literal lit = values.get(0).getObject().asLiteral();
    return Optional.of(parse.apply(lit.getLexicalForm()));
  }

  private LocalDate date(Resource s, org.apache.jena.rdf.model.Property p, String what) {
    return optional(s, p, what, v -> parseDate(v, what, "mlp:" + p.getLocalName()))
        .orElseThrow(
            () -> new ProfileException(source + ": " + what + " needs mlp:" + p.getLocalName()));
  }

  private double number(Resource s, org.apache.jena.rdf.model.Property p, String what) {
    return optional(s, p, what, v -> parseNumber(v, what, "mlp:" + p.getLocalName()))
        .orElseThrow(
            () -> new ProfileException(source + ": " + what + " needs mlp:" + p.getLocalName()));
  }

  private LocalDate parseDate(String v, String what, String term) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw bad(what, term, v, "a date YYYY-MM-DD");
    }
  }

  private double parseNumber(String v, String what, String term) {
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(what, term, v, "a number");
  }

  private boolean parseBoolean(String v, String what) {
    return switch (v) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw bad(what, "mlp:freeOnly", v, "true or false");
    };
  }

  private ProfileException bad(String what, String term, String value, String expected) {
    return new ProfileException(
        source
            + ": "
            + what
            + " has "
            + term
            + " '"
            + value
            + "', which should be "
            + expected
            + "; mlpath left the profile as it is");
  }
}
