package io.github.mlpath.cli.serve;

import com.fasterxml.jackson.databind.util.RawValue;
import io.github.mlpath.cli.render.Json;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Answer;
import io.github.mlpath.core.learner.Placement;
import io.github.mlpath.core.learner.PlacementRequest;
import io.github.mlpath.core.learner.Reply;
import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.core.lookup.TopicSearch;
import io.github.mlpath.core.plan.NeedRequest;
import io.github.mlpath.core.plan.NextRequest;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.ReadyList;
import io.github.mlpath.graph.export.ExportFormat;
import io.github.mlpath.graph.export.Exporter;
import io.github.mlpath.graph.export.Selection;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON API's operations on one planner, shared by every request: path, need, next, why,
 * used-for, topic lookup, type-ahead topic search, the map's data and the placement quiz, with the
 * CLI's options as query parameters. Each answer is the same JSON the CLI prints with {@code
 * --format json}.
 */
final class Api {
  private final Planner planner;
  private final Map<String, Function<ApiParams, Object>> routes;
  private final TopicSearch search;
  private volatile RawValue map;

  private final Placement placement;

  Api(Planner planner, SelfChecks checks) {
    this.planner = planner;
    this.placement = Placement.of(planner, checks);
    this.search = TopicSearch.of(planner.curriculum());
    this.routes =
        Map.of(
            "path", this::path,
            "need", this::need,
            "next", this::next,
            "why", this::why,
            "used-for", p -> planner.usedFor(p.required("topic")),
            "topic", this::topic,
            "search", this::search,
            "assess", this::assess,
            "map", p -> map());
  }

  /** The operation for a route name, if there is one. */
  Optional<Function<ApiParams, Object>> route(String name) {
    return Optional.ofNullable(routes.get(name));
  }

  private Object path(ApiParams p) {
    var goals = p.list("goal");
    if (goals.isEmpty()) {
      throw new ApiParams.BadParameter("missing parameter 'goal'");
    }
    PathRequest r =
        PathRequest.to(goals.toArray(String[]::new))
            .withKnown(p.list("known"))
            .withImplied(p.implied())
            .withStrategy(p.strategy())
            .withPreferences(p.preferences(p.depth("depth")));
    Optional<Double> pace = p.number("hours-per-week");
    Optional<LocalDate> start = p.date("start");
    if (start.isPresent() && pace.isEmpty()) {
      throw new ApiParams.BadParameter("start needs hours-per-week");
    }
    if (pace.isPresent()) {
      double h = pace.get();
      if (!(h > 0) || h > 168) {
        throw new ApiParams.BadParameter("hours-per-week must be more than 0 and at most 168");
      }
      r = r.withSchedule(h, start.orElse(LocalDate.now()));
    }
    return planner.path(r);
  }

  private Object need(ApiParams p) {
    NeedRequest r =
        NeedRequest.of(p.required("topic"))
            .withKnown(p.list("known"))
            .withImplied(p.implied())
            .withPreferences(p.preferences(Optional.empty()));
    Optional<Integer> depth = p.integer("depth", 1);
    if (depth.isPresent()) {
      r = r.withMaxDepth(depth.get());
    }
    return planner.need(r);
  }

  private Object next(ApiParams p) {
    ReadyList ready =
        planner.next(new NextRequest(p.list("known"), p.implied(), p.list("goal"), p.strategy()));
    Optional<Integer> limit = p.integer("limit", 1);
    return limit.isPresent() ? ready.limit(limit.get()) : ready;
  }

  private Object why(ApiParams p) {
    var chain = planner.why(p.required("a"), p.required("b"));
    var root = Json.object();
    root.put("dependsOn", chain.isPresent());
    root.set("chain", chain.isPresent() ? Json.tree(chain.get()) : null);
    return root;
  }

  private Object topic(ApiParams p) {
    Curriculum c = planner.curriculum();
    int t = planner.resolve(p.required("name"));
    var root = Json.object();
    root.set("topic", Json.tree(c.topic(t)));
    var parts = root.putArray("parts");
    for (int part : c.parts(t)) {
      parts.add(c.id(part));
    }
    var requires = root.putArray("requires");
    c.requires().forEachNeighbor(t, r -> requires.add(c.id(r)));
    c.startWith(t).ifPresent(r -> root.set("startWith", Json.tree(r)));
    root.set("resources", Json.tree(c.resourcesFor(t)));
    return root;
  }

  /**
   * The placement quiz, stateless: the client sends the answers so far ({@code answer=TOPIC:REPLY},
   * in order) and gets where the quiz stands, with the next question and the answers each reply
   * adds, or, when {@code next} is absent, the result.
   */
  private Object assess(ApiParams p) {
    List<Answer> answers = new ArrayList<>();
    for (String a : p.list("answer")) {
      int colon = a.lastIndexOf(':');
      Optional<Reply> reply = colon < 0 ? Optional.empty() : Reply.parse(a.substring(colon + 1));
      if (reply.isEmpty()) {
        throw new ApiParams.BadParameter("answer must be TOPIC:yes, TOPIC:no or TOPIC:skip");
      }
      answers.add(new Answer(a.substring(0, colon).strip(), reply.get()));
    }
    return placement.evaluate(new PlacementRequest(p.list("goal"), p.list("known"), answers));
  }

  private Object search(ApiParams p) {
    String q = p.required("q");
    int limit = p.integer("limit", 1).orElse(10);
    if (limit > 50) {
      throw new ApiParams.BadParameter("limit must be at most 50");
    }
    var root = Json.object();
    root.put("query", q);
    root.set("topics", Json.tree(search.search(q, limit)));
    return root;
  }

  /** The map data of the whole curriculum, written on first use and kept. */
  private Object map() {
    RawValue m = map;
    if (m == null) {
      Curriculum c = planner.curriculum();
      StringWriter out = new StringWriter();
      Exporter.write(c, Selection.all(c), ExportFormat.MAP_JSON, out);
      m = new RawValue(out.toString());
      map = m;
    }
    return m;
  }
}
