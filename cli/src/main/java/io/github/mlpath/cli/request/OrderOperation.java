package io.github.mlpath.cli.request;

import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.order.TieBreak;
import io.github.mlpath.core.order.TopologicalSort;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.CurriculumSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code mlpath order} and {@code /api/order}: every topic in a valid learning order. */
public final class OrderOperation extends Operation<Boolean, OrderOperation.Answer> {

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
   * @param topics the topics, each after all it requires
   */
  public record Answer(List<Placed> topics) {
    public Answer {
      topics = List.copyOf(topics);
    }
  }

  /** The operation, for {@link Operations}. */
  public OrderOperation() {
    super(
        "order",
        List.of(),
        List.of(new TextFormat<>("text", OrderOperation::text)),
        "Print every topic in a valid learning order: each topic after everything it requires.",
        "Among topics that are ready at the same point, the one whose label sorts first"
            + " (ignoring case, then by id) comes first, so the same data always gives the same"
            + " order.");
  }

  @Override
  public Boolean bind(Args args) {
    return true;
  }

  @Override
  public Curriculum scope(CurriculumSource source, Boolean request) {
    return source.whole();
  }

  @Override
  public Answer answer(Planner planner, Boolean request) {
    Curriculum c = planner.curriculum();
    int[] order = TopologicalSort.order(c, TieBreak.byLabel());
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
    return new Answer(topics);
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
  }
}
