package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.Text;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Link;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.learner.Mark;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.lookup.DependencyChain;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.CurriculumSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code mlpath why A B} and {@code /api/why?a=A&b=B}: by which chain A depends on B, and which
 * topics of it the learner already knows (from the profile, or {@code --known}).
 */
public final class WhyOperation extends Operation<WhyOperation.Request, WhyOperation.Answer> {
  static final Param<String> A = Param.positional(0, "a", "A", "The topic that depends.");
  static final Param<String> B = Param.positional(1, "b", "B", "The topic it may depend on.");

  /**
   * The two names, and what the learner knows.
   *
   * @param a the topic that may depend
   * @param b the topic it may depend on
   * @param known the names of the topics the learner knows
   * @param implied whether knowing a topic means knowing what it requires
   */
  public record Request(String a, String b, List<String> known, boolean implied) {}

  /**
   * Whether A depends on B, the shortest chain when it does, and which of its topics are known.
   *
   * @param a the topic A names
   * @param b the topic B names
   * @param dependsOn whether A depends on B
   * @param chain the shortest chain of edges from A to B, when there is one
   * @param known the topics of the chain the learner knows, in the chain's order
   */
  public record Answer(
      TopicRef a,
      TopicRef b,
      boolean dependsOn,
      Optional<DependencyChain> chain,
      List<KnownTopic> known) {}

  /**
   * A topic of the chain the learner knows.
   *
   * @param topic the topic
   * @param mark how the profile knows it (learned, placed by the quiz, implied, with the day);
   *     empty when only the request's {@code known} says so
   */
  public record KnownTopic(TopicRef topic, Optional<Mark> mark) {}

  /** The operation, for {@link Operations}. */
  public WhyOperation() {
    super(
        "why",
        List.of(A, B, Params.KNOWN, Params.NO_IMPLIED),
        List.of(new TextFormat<>("text", WhyOperation::text)),
        "The shortest chain of prerequisite edges, with their reasons, by which topic A depends on"
            + " topic B, or a plain statement that it does not; and which topics of the chain you"
            + " already know (your profile's, or --known), with the day you learned them.");
  }

  @Override
  public Request bind(Args args) {
    return new Request(
        A.require(args), B.require(args), Params.KNOWN.list(args), Params.implied(args));
  }

  @Override
  public Curriculum scope(CurriculumSource source, Request request) {
    return closureOf(source, List.of(request.a(), request.b()), request.known());
  }

  @Override
  public Answer answer(Context context, Request request) {
    Planner planner = context.planner();
    TopicRef a = TopicRef.of(planner.curriculum(), planner.resolve(request.a()));
    TopicRef b = TopicRef.of(planner.curriculum(), planner.resolve(request.b()));
    Optional<DependencyChain> chain = planner.why(request.a(), request.b());
    List<KnownTopic> known =
        chain.map(c -> known(planner, c, request, context.profile().get())).orElse(List.of());
    return new Answer(a, b, chain.isPresent(), chain, known);
  }

  /** The topics of {@code chain} the request knows, each with the profile's mark if it has one. */
  private static List<KnownTopic> known(
      Planner planner, DependencyChain chain, Request request, Profile profile) {
    BitSet known = planner.known(request.known(), request.implied());
    Set<String> seen = new LinkedHashSet<>();
    List<KnownTopic> out = new ArrayList<>();
    for (Link l : chain.links()) {
      for (TopicRef t : List.of(l.topic(), l.required())) {
        if (seen.add(t.id()) && known.get(planner.curriculum().indexOf(t.id()).orElseThrow())) {
          out.add(new KnownTopic(t, profile.knownBy(t.id())));
        }
      }
    }
    return out;
  }

  private static void text(Answer answer, PrintWriter out) {
    if (answer.chain().isEmpty()) {
      out.printf("%s does not depend on %s.%n", Text.topic(answer.a()), Text.topic(answer.b()));
      return;
    }
    DependencyChain c = answer.chain().get();
    if (c.partOf()) {
      TopicRef part = c.fromPart().or(c::toPart).orElse(c.topic());
      TopicRef whole = c.toPart().isPresent() ? c.dependsOn() : c.topic();
      out.printf(
          "%s is part of %s, an umbrella topic that groups the topics under it; it is not a"
              + " prerequisite.%n",
          Text.topic(part), Text.topic(whole));
      return;
    }
    c.fromPart()
        .ifPresent(
            p ->
                out.printf(
                    "%s is an umbrella topic; through its part %s:%n",
                    Text.topic(c.topic()), Text.topic(p)));
    c.toPart()
        .ifPresent(
            p ->
                out.printf(
                    "%s is an umbrella topic; the chain ends at its part %s:%n",
                    Text.topic(c.dependsOn()), Text.topic(p)));
    out.printf(
        "%s depends on %s through %s:%n",
        Text.topic(c.topic()), Text.topic(c.dependsOn()), Text.count(c.links().size(), "edge"));
    c.links().forEach(l -> out.println("  " + Text.link(l)));
    if (!answer.known().isEmpty()) {
      out.printf(
          "You already know %s of this chain:%n", Text.count(answer.known().size(), "topic"));
      answer.known().forEach(k -> out.println("  " + known(k)));
    }
  }

  /** "you have learned Derivatives (derivatives) on 2026-03-02", or how else it is known. */
  private static String known(KnownTopic k) {
    String topic = Text.topic(k.topic());
    if (k.mark().isEmpty()) {
      return "you know " + topic;
    }
    Mark m = k.mark().get();
    return switch (m.origin()) {
      case LEARNED -> "you have learned " + topic + " on " + m.date();
      case ASSESSED -> "you know " + topic + ": the placement quiz placed it on " + m.date();
      case IMPLIED -> "you know " + topic + ": what you learned on " + m.date() + " requires it";
    };
  }
}
