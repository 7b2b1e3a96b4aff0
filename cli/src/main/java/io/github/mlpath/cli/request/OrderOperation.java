package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.Text;
import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.Strategy;
import io.github.mlpath.graph.CurriculumSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code mlpath order} and {@code /api/order}: every topic in a valid learning order. */
public final class OrderOperation extends Operation<Strategy, OrderOperation.Answer> {

  /**
   * One topic at its place in the order.
   *
   * @param position its place, from 1
   * @param id its id
   * @param label its label
   * @param kind its kind
   * @param area the id of its area, if any
   * @param areaLabel the label of its area, if any
   * @param requires the ids of the topics it requires directly
   */
  public record Placed(
      int position,
      String id,
      String label,
      TopicKind kind,
      Optional<String> area,
      Optional<String> areaLabel,
      List<String> requires) {
    public Placed {
      requires = List.copyOf(requires);
    }
  }

  /**
   * Every topic in learning order.
   *
   * @param topics the topics that are steps, each after all it requires
   * @param strategy the strategy whose order this is
   * @param umbrellas the umbrella topics, groupings rather than steps
   */
  public record Answer(List<Placed> topics, Strategy strategy, List<TopicRef> umbrellas) {
    public Answer {
      topics = List.copyOf(topics);
      umbrellas = List.copyOf(umbrellas);
    }
  }

  /** The operation, for {@link Operations}. */
  public OrderOperation() {
    super(
        "order",
        List.of(Params.STRATEGY),
        List.of(new TextFormat<>("text", OrderOperation::text)),
        "Print every topic in the order a learner starting from scratch would take them: the path"
            + " to the whole curriculum, each topic after everything it requires.",
        "jit (default): programming first, then a first project, then ML concepts, each math topic"
            + " right before the first topic that needs it. math-first: every math topic as early as"
            + " possible. Ties follow the teaching order declared in the data (mlp:teachingOrder),"
            + " then the id. Umbrella topics are groupings, not steps, and are listed at the end.");
  }

  @Override
  public Strategy bind(Args args) {
    return Params.STRATEGY.get(args).orElse(Strategy.JIT);
  }

  @Override
  public Curriculum scope(CurriculumSource source, Strategy request) {
    return source.whole();
  }

  @Override
  public Answer answer(Context context, Strategy strategy) {
    Planner planner = context.planner();
    Curriculum c = planner.curriculum();
    int[] order = planner.order(strategy);
    List<Placed> topics = new ArrayList<>(order.length);
    for (int i = 0; i < order.length; i++) {
      int v = order[i];
      List<String> requires = new ArrayList<>();
      c.requires().forEachNeighbor(v, w -> requires.add(c.id(w)));
      topics.add(
          new Placed(
              i + 1,
              c.id(v),
              c.label(v),
              c.kind(v),
              c.area(v).map(Area::id),
              c.area(v).map(Area::label),
              requires));
    }
    List<TopicRef> umbrellas = c.umbrellas().stream().mapToObj(u -> TopicRef.of(c, u)).toList();
    return new Answer(topics, strategy, umbrellas);
  }

  private static void text(Answer answer, PrintWriter out) {
    int width = String.valueOf(answer.topics().size()).length();
    for (Placed t : answer.topics()) {
      out.printf(
          "%" + width + "d. %s (%s) [%s%s]%n",
          t.position(),
          t.label(),
          t.id(),
          t.kind().slug(),
          t.areaLabel().map(a -> ", " + a).orElse(""));
    }
    if (!answer.umbrellas().isEmpty()) {
      out.printf(
          "Umbrella topics, groupings of the topics under them rather than steps: %s%n",
          String.join(", ", answer.umbrellas().stream().map(Text::topic).toList()));
    }
  }
}
