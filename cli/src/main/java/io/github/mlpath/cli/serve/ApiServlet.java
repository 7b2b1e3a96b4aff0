package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.request.Args;
import io.github.mlpath.cli.request.Context;
import io.github.mlpath.cli.request.Failure;
import io.github.mlpath.cli.request.Operation;
import io.github.mlpath.cli.request.Params;
import io.github.mlpath.cli.request.ProblemChecks;
import io.github.mlpath.core.UnknownTopicException;
import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.ProfileStore;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The JSON API: {@code GET /api/NAME?...} answers the {@link Operation} NAME on the shared planner,
 * with the command's parameters as query parameters, as one line of the JSON the command prints
 * with {@code --format json}. Errors are {@code {"error": ..., "suggestions": [...]}} with the
 * status of their {@link Failure}: 400 for a bad parameter or an ambiguous name, 404 for an unknown
 * topic (with the closest ids) or route, 405 for a method other than GET. On data with errors, a
 * request whose topics one of them concerns is refused with it (422), and every other answer
 * carries {@code ignoredProblems}, as the command's JSON does.
 */
final class ApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Planner planner;
  private transient volatile Planner withoutGist;
  private final transient Supplier<SelfChecks> selfChecks;
  private final transient List<Operation<?, ?>> operations;
  private final transient Optional<ProblemChecks> checks;
  private final transient ServerProfileDefaults profile;
  private final transient Optional<LearnerServlet> writes;

  ApiServlet(Planner planner, List<Operation<?, ?>> operations, Supplier<SelfChecks> selfChecks) {
    this(planner, operations, selfChecks, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The API, refusing requests the data's errors concern ({@code checks}), answering about the
   * learner of {@code profile} (and planning for them, as {@link ServerProfileDefaults} says), with
   * the {@code POST}s of {@code writes} passed on to it.
   */
  ApiServlet(
      Planner planner,
      List<Operation<?, ?>> operations,
      Supplier<SelfChecks> selfChecks,
      Optional<ProblemChecks> checks,
      Optional<ProfileStore> profile,
      Optional<LearnerServlet> writes) {
    this.planner = planner;
    this.writes = writes;
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
        operations.stream().filter(o -> o.name().equals(route)).findFirst();
    if (op.isEmpty()) {
      String names = operations.stream().map(Operation::name).collect(Collectors.joining(", "));
      send(res, 404, new ApiError("no API route '" + route + "'; try " + names, Optional.empty()));
      return;
    }
    if (req.getMethod().equals("POST")
        && writes.isPresent()
        && writes.get().writes("/api/" + route)) {
      writes.get().service(req, res);
      return;
    }
    if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
      res.setHeader("Allow", "GET, HEAD");
      send(res, 405, new ApiError("the API is read-only: use GET", Optional.empty()));
      return;
    }
    try {
      send(res, 200, answer(op.get(), req));
    } catch (RuntimeException e) {
      Failure failure = Failure.of(e);
      if (failure == Failure.INTERNAL) {
        throw e;
      }
      Optional<List<String>> suggestions =
          e instanceof UnknownTopicException u ? Optional.of(u.suggestions()) : Optional.empty();
      send(res, failure.httpStatus(), new ApiError(e.getMessage(), suggestions));
    }
  }

  /** The answer, with what it ignored beside it when the data has errors elsewhere. */
  private <Q, R> Object answer(Operation<Q, R> op, HttpServletRequest req) {
    Args given = QueryArgs.of(req.getParameterMap(), op.params());
    Args args = profile.apply(op, given);
    Q request = op.bind(args);
    Planner p = Params.SKIP_GIST_EDGES.on(args) ? withoutGist() : planner;
    Context context = new Context(p, selfChecks, profile.of(op, given));
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

  private static void send(HttpServletResponse res, int status, Object answer) throws IOException {
    byte[] bytes = Json.compact(answer);
    res.setStatus(status);
    res.setContentType("application/json");
    res.setCharacterEncoding("utf-8");
    res.setContentLength(bytes.length);
    res.getOutputStream().write(bytes);
  }
}
