package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.Text;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.lookup.DependencyChain;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.CurriculumSource;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** {@code mlpath why A B} and {@code /api/why?a=A&b=B}: by which chain A depends on B. */
public final class WhyOperation extends Operation<WhyOperation.Request, WhyOperation.Answer> {
  static final Param<String> A = Param.positional(0, "a", "A", "The topic that depends.");
  static final Param<String> B = Param.positional(1, "b", "B", "The topic it may depend on.");

  /**
   * The two names.
   *
   * @param a the topic that may depend
   * @param b the topic it may depend on
   */
  public record Request(String a, String b) {}

  /**
   * Whether A depends on B, and the shortest chain when it does.
   *
   * @param a the topic A names
   * @param b the topic B names
   * @param dependsOn whether A depends on B
   * @param chain the shortest chain of edges from A to B, when there is one
   */
  public record Answer(
      TopicRef a, TopicRef b, boolean dependsOn, Optional<DependencyChain> chain) {}

  /** The operation, for {@link Operations}. */
  public WhyOperation() {
    super(
        "why",
        List.of(A, B),
        List.of(new TextFormat<>("text", WhyOperation::text)),
        "The shortest chain of prerequisite edges, with their reasons, by which topic A depends on"
            + " topic B, or a plain statement that it does not.");
  }

  @Override
  public Request bind(Args args) {
    return new Request(A.require(args), B.require(args));
  }

  @Override
  public Curriculum scope(CurriculumSource source, Request request) {
    return source.closureOf(List.of(request.a(), request.b()));
  }

  @Override
  public Answer answer(Context context, Request request) {
    Planner planner = context.planner();
    TopicRef a = TopicRef.of(planner.curriculum(), planner.resolve(request.a()));
    TopicRef b = TopicRef.of(planner.curriculum(), planner.resolve(request.b()));
    Optional<DependencyChain> chain = planner.why(request.a(), request.b());
    return new Answer(a, b, chain.isPresent(), chain);
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
  }
}
