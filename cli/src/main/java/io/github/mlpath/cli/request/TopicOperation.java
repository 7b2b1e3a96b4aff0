package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.Text;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.CurriculumSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code mlpath topic NAME} and {@code /api/topic?name=NAME}: the topic a name resolves to. */
public final class TopicOperation extends Operation<String, TopicOperation.Answer> {
  static final Param<String> NAME =
      Param.positional(0, "name", "NAME", "A topic's id, label or other name.");

  /**
   * A topic with its parts, the ids of the topics it requires and its resources.
   *
   * @param topic the topic
   * @param parts the ids of its parts, when it is an umbrella topic
   * @param requires the ids of the topics it requires directly
   * @param startWith the resource the data says to start with, if any
   * @param resources every resource that teaches it
   */
  public record Answer(
      Topic topic,
      List<String> parts,
      List<String> requires,
      Optional<Resource> startWith,
      List<Resource> resources) {
    public Answer {
      parts = List.copyOf(parts);
      requires = List.copyOf(requires);
      resources = List.copyOf(resources);
    }
  }

  /** The operation, for {@link Operations}. */
  public TopicOperation() {
    super(
        "topic",
        List.of(NAME),
        List.of(new TextFormat<>("text", TopicOperation::text)),
        "The topic NAME resolves to (by id, label or alternative label, ignoring case, hyphens"
            + " and plurals), the topics it requires, and the resource to start with.");
  }

  @Override
  public String bind(Args args) {
    return NAME.require(args);
  }

  @Override
  public Curriculum scope(CurriculumSource source, String name) {
    return source.closureOf(List.of(name));
  }

  @Override
  public Answer answer(Context context, String name) {
    Planner planner = context.planner();
    Curriculum c = planner.curriculum();
    int t = planner.resolve(name);
    List<String> requires = new ArrayList<>();
    c.requires().forEachNeighbor(t, r -> requires.add(c.id(r)));
    List<String> parts = Arrays.stream(c.parts(t)).mapToObj(c::id).toList();
    return new Answer(c.topic(t), parts, requires, c.startWith(t), c.resourcesFor(t));
  }

  private static void text(Answer a, PrintWriter out) {
    Topic t = a.topic();
    out.printf(
        "%s (%s) [%s%s]%n",
        t.label(), t.id(), t.kind().slug(), t.area().map(x -> ", " + x).orElse(""));
    t.details().definition().ifPresent(d -> out.println("  " + d));
    List<String> altLabels = t.details().altLabels();
    if (!altLabels.isEmpty()) {
      out.println("  also called: " + String.join(", ", altLabels));
    }
    if (!a.parts().isEmpty()) {
      out.println("  groups: " + String.join(", ", a.parts()));
    }
    out.println(
        "  requires: " + (a.requires().isEmpty() ? "nothing" : String.join(", ", a.requires())));
    a.startWith().ifPresent(r -> out.println("  start with: " + Text.resource(r)));
  }
}
