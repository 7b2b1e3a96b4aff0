package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.lookup.DependencyChain;
import io.github.mlpath.core.plan.Planner;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath why}: by which chain of prerequisites A depends on B. */
@Command(
    name = "why",
    description =
        "The shortest chain of prerequisite edges, with their reasons, by which topic A depends on"
            + " topic B, or a plain statement that it does not.")
final class WhyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin GistEdgesOption gist;

  @Parameters(index = "0", paramLabel = "A", description = "The topic that depends.")
  String topic;

  @Parameters(index = "1", paramLabel = "B", description = "The topic it may depend on.")
  String dependsOn;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    Planner planner = Planner.of(gist.apply(data.closureOf(List.of(topic, dependsOn))));
    Optional<DependencyChain> chain = planner.why(topic, dependsOn);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      var root = Json.object();
      root.put("dependsOn", chain.isPresent());
      root.set("chain", chain.isPresent() ? Json.tree(chain.get()) : null);
      out.println(Json.write(root));
    } else if (chain.isPresent() && chain.get().partOf()) {
      DependencyChain c = chain.get();
      TopicRef part = c.fromPart().or(c::toPart).orElse(c.topic());
      TopicRef whole = c.toPart().isPresent() ? c.dependsOn() : c.topic();
      out.printf(
          "%s is part of %s, an umbrella topic that groups the topics under it; it is not a"
              + " prerequisite.%n",
          Render.topic(part), Render.topic(whole));
    } else if (chain.isPresent()) {
      DependencyChain c = chain.get();
      c.fromPart()
          .ifPresent(
              p ->
                  out.printf(
                      "%s is an umbrella topic; through its part %s:%n",
                      Render.topic(c.topic()), Render.topic(p)));
      c.toPart()
          .ifPresent(
              p ->
                  out.printf(
                      "%s is an umbrella topic; the chain ends at its part %s:%n",
                      Render.topic(c.dependsOn()), Render.topic(p)));
      out.printf(
          "%s depends on %s through %d edge%s:%n",
          Render.topic(c.topic()),
          Render.topic(c.dependsOn()),
          c.links().size(),
          c.links().size() == 1 ? "" : "s");
      c.links().forEach(l -> out.println("  " + Render.link(l)));
    } else {
      TopicRef a = TopicRef.of(planner.curriculum(), planner.resolve(topic));
      TopicRef b = TopicRef.of(planner.curriculum(), planner.resolve(dependsOn));
      out.printf("%s does not depend on %s.%n", Render.topic(a), Render.topic(b));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
