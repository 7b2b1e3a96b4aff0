package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.Text;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.MathNeed;
import io.github.mlpath.core.lookup.NeedList;
import io.github.mlpath.core.plan.NeedRequest;
import io.github.mlpath.graph.CurriculumSource;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** {@code mlpath need} and {@code /api/need}: the math a topic needs, just in time. */
public final class NeedOperation extends Operation<NeedRequest, NeedList> {
  static final Param<String> TOPIC =
      Param.positional(0, "topic", "TOPIC", "The topic: id, label or other name.");

  /** The operation, for {@link Operations}. */
  public NeedOperation() {
    super(
        "need",
        List.of(
            TOPIC,
            Params.MAX_DEPTH,
            Params.KNOWN,
            Params.NO_IMPLIED,
            Params.PREFER,
            Params.FREE_ONLY),
        List.of(new TextFormat<>("text", NeedOperation::text)),
        "Math when you need it: the math topics TOPIC depends on and you do not know yet, in"
            + " learning order, each with the chain of reasons back to TOPIC and the resource to"
            + " start with.");
  }

  @Override
  public NeedRequest bind(Args args) {
    NeedRequest r =
        NeedRequest.of(TOPIC.require(args))
            .withKnown(Params.KNOWN.list(args))
            .withImplied(Params.implied(args))
            .withPreferences(Params.preferences(args, Optional.empty()));
    Optional<Integer> depth = Params.MAX_DEPTH.get(args);
    return depth.isPresent() ? r.withMaxDepth(depth.get()) : r;
  }

  @Override
  public Curriculum scope(CurriculumSource source, NeedRequest request) {
    return closureOf(source, List.of(request.topic()), request.known());
  }

  @Override
  public NeedList answer(Context context, NeedRequest request) {
    return context.planner().need(request);
  }

  private static void text(NeedList needs, PrintWriter out) {
    Text.knownUmbrellas(needs.knownUmbrellas()).forEach(out::println);
    if (needs.alreadyKnown()) {
      out.printf("You already know %s.%n", Text.topic(needs.topic()));
    }
    if (needs.needs().isEmpty() && needs.knownMath() == 0) {
      out.printf("%s needs no math.%n", Text.topic(needs.topic()));
      return;
    }
    if (needs.needs().isEmpty()) {
      out.printf(
          "%s needs no math you do not know yet (%s known).%n",
          Text.topic(needs.topic()), Text.count(needs.knownMath(), "math topic"));
      return;
    }
    out.printf(
        "Math for %s, in learning order (%s):%n",
        Text.topic(needs.topic()), Text.count(needs.needs().size(), "topic"));
    int width = String.valueOf(needs.needs().size()).length();
    String pad = " ".repeat(width + 2);
    int i = 0;
    for (MathNeed n : needs.needs()) {
      out.printf("%n%" + width + "d. %s%n", ++i, Text.topic(n.topic()));
      if (n.distance() == 0) {
        out.println(pad + "part of " + Text.topic(needs.topic()));
      }
      n.chain().forEach(l -> out.println(pad + "because " + Text.link(l)));
      n.resource().ifPresent(r -> out.println(pad + "start with: " + Text.resource(r)));
    }
  }
}
