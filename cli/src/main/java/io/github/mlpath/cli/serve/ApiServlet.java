package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.request.Args;
import io.github.mlpath.cli.request.Context;
import io.github.mlpath.cli.request.Failure;
import io.github.mlpath.cli.request.Operation;
import io.github.mlpath.cli.request.Params;
import io.github.mlpath.cli.request.ProblemChecks;
import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.ProfileStore;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The JSON API: {@code GET /api/NAME?...} answers the {@link Operation} NAME on the shared planner,
 * with the command's parameters as query parameters, as one line of the JSON the command prints
 * with {@code --format json} ({@code goal list} is {@code /api/goal/list}). An operation that
 * changes the learner's profile ({@code learned}, {@code unlearn}, {@code reviewed}, {@code goal
 * add}, {@code goal remove}) answers only {@code POST /api/NAME} with the same parameters as the
 * fields of a JSON body, after {@link WriteGuard}'s checks. Errors are {@code {"error": ...,
 * "suggestions": [...]}} with the status of their {@link Failure}: 400 for a bad parameter or an
 * ambiguous name, 404 for an unknown topic (with the closest ids) or route, 405 for another method,
 * 409 for a change the profile does not allow. On data with errors, a request whose topics one of
 * them concerns is refused with it (422), and every other answer carries {@code ignoredProblems},
 * as the command's JSON does.
 */
final class ApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Planner planner;
  private transient volatile Planner withoutGist;
  private final transient Supplier<SelfChecks> selfChecks;
  private final transient List<Operation<?, ?>> operations;
  private final transient Optional<ProblemChecks> checks;
  private final transient ServerProfileDefaults profile;
  private final transient Optional<WriteGuard> guard;

  ApiServlet(Planner planner, List<Operation<?, ?>> operations, Supplier<SelfChecks> selfChecks) {
    this(planner, operations, selfChecks, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The API, refusing requests the data's errors concern ({@code checks}), answering about the
   * learner of {@code profile} (and planning for them, as {@link ServerProfileDefaults} says), and
   * changing that profile for the writes {@code guard} lets through.
   */
  ApiServlet(
      Planner planner,
      List<Operation<?, ?>> operations,
      Supplier<SelfChecks> selfChecks,
      Optional<ProblemChecks> checks,
      Optional<ProfileStore> profile,
      Optional<WriteGuard> guard) {
    this.planner = planner;
    this.guard = profile.isPresent() ? guard : Optional.empty();
    this.profile = new ServerProfileDefaults(profile, planner.curriculum());
    this.operations = List.copyOf(operations);
    this.selfChecks = memoized(selfChecks);
    this.checks = checks;
  }

  /** {@code s}, asked once, on first use. */
  static <T> Supplier<T> memoized(Supplier<T> s) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          v = s.get();
          value = v;
        }
        return v;
      }
    };
  }

  /**
   * An error answer.
   *
   * @param error the message, naming parameters as the URL does
   * @param suggestions the closest topic ids, for an unknown name
   */
  record ApiError(String error, Optional<List<String>> suggestions) {}

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String route = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
    Optional<Operation<?, ?>> op =
        operations.stream().filter(o -> o.route().equals(route)).findFirst();
    if (op.isEmpty()) {
      String names = operations.stream().map(Operation::route).collect(Collectors.joining(", "));
      Answers.error(res, 404, "no API route '" + route + "'; try " + names);
      return;
    }
    if (op.get().writesProfile()) {
      write(op.get(), req, res);
      return;
    }
    if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
      res.setHeader("Allow", "GET, HEAD");
      Answers.error(res, 405, "the API is read-only: use GET");
      return;
    }
    Answers.answer(res, () -> answer(op.get(), req.getParameterMap()));
  }

  /** A change of the profile: a POST whose JSON body gives the parameters. */
  private void write(Operation<?, ?> op, HttpServletRequest req, HttpServletResponse res)
      throws IOException {
    String route = "/api/" + op.route();
    if (guard.isEmpty()) {
      Answers.error(res, 404, route + ": this server keeps no profile (started with --no-profile)");
      return;
    }
    if (!req.getMethod().equals("POST")) {
      res.setHeader("Allow", "POST");
      Answers.error(res, 405, route + " takes POST, with a JSON body");
      return;
    }
    byte[] body;
    try {
      body = guard.get().body(req);
    } catch (WriteGuard.Refused r) {
      Answers.error(res, r.refusal.status(), r.refusal.message());
      return;
    }
    Answers.answer(res, () -> answer(op, JsonBody.params(JsonBody.parse(body))));
  }

  /** The answer, with what it ignored beside it when the data has errors elsewhere. */
  private <Q, R> Object answer(Operation<Q, R> op, Map<String, String[]> params) {
    Args given = QueryArgs.of(params, op.params());
    Args args = profile.apply(op, given);
    Q request = op.bind(args);
    Planner p = Params.SKIP_GIST_EDGES.on(args) ? withoutGist() : planner;
    Context context =
        new Context(
            p,
            selfChecks,
            profile.of(op, given),
            op.writesProfile() ? profile.store() : Optional.empty());
    Supplier<R> answer = () -> op.answer(context, request);
    return checks.isPresent() ? checks.get().checked(op, request, answer) : answer.get();
  }

  /** The planner on the curriculum without its gist edges, made on first use. */
  private Planner withoutGist() {
    Planner p = withoutGist;
    if (p == null) {
      p = Planner.of(planner.curriculum().withoutGistEdges());
      withoutGist = p;
    }
    return p;
  }
}
