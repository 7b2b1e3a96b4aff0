package io.github.mlpath.cli;

import static io.github.mlpath.cli.Lists.concat;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.core.lookup.MathNeed;
import io.github.mlpath.core.lookup.NeedList;
import io.github.mlpath.core.plan.NeedRequest;
import io.github.mlpath.core.plan.Planner;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath need}: the math a topic needs, just in time. */
@Command(
    name = "need",
    description =
        "Math when you need it: the math topics TOPIC depends on and you do not know yet, in"
            + " learning order, each with the chain of reasons back to TOPIC and the resource to"
            + " start with.")
final class NeedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin GistEdgesOption gist;

  @Mixin KnownOptions known;

  @Mixin ResourceOptions resources;

  @Parameters(paramLabel = "TOPIC", description = "The topic: id, label or other name.")
  String topic;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description = "Only math at most N prerequisite edges away (1: direct needs only).")
  Integer depth;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    if (depth != null && depth < 1) {
      throw new ParameterException(spec.commandLine(), "--depth must be at least 1");
    }
    NeedRequest request =
        NeedRequest.of(topic)
            .withKnown(known.known)
            .withImplied(known.implied())
            .withPreferences(resources.preferences());
    if (depth != null) {
      request = request.withMaxDepth(depth);
    }
    NeedList needs =
        Planner.of(gist.apply(data.closureOf(concat(List.of(topic), known.known)))).need(request);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(needs));
    } else {
      text(needs, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void text(NeedList needs, PrintWriter out) {
    Render.knownUmbrellas(needs.knownUmbrellas()).forEach(out::println);
    if (needs.alreadyKnown()) {
      out.printf("You already know %s.%n", Render.topic(needs.topic()));
    }
    if (needs.needs().isEmpty()) {
      out.printf("%s needs no math you do not know yet.%n", Render.topic(needs.topic()));
      return;
    }
    out.printf(
        "Math for %s, in learning order (%d topic%s):%n",
        Render.topic(needs.topic()), needs.needs().size(), needs.needs().size() == 1 ? "" : "s");
    int width = String.valueOf(needs.needs().size()).length();
    int i = 0;
    for (MathNeed n : needs.needs()) {
      i++;
      String pad = " ".repeat(width + 2);
      out.printf("%n%" + width + "d. %s%n", i, Render.topic(n.topic()));
      if (n.distance() == 0) {
        out.println(pad + "part of " + Render.topic(needs.topic()));
      }
      n.chain().forEach(l -> out.println(pad + "because " + Render.link(l)));
      n.resource().ifPresent(r -> out.println(pad + "start with: " + Render.resource(r)));
    }
  }
}
