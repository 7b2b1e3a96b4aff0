package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.request.Operations;
import io.github.mlpath.cli.request.ProblemChecks;
import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.query.SparqlPolicy;
import io.github.mlpath.graph.read.SelfCheckReader;
import io.github.mlpath.graph.vocab.MLP;
import java.io.IOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;

/**
 * {@code mlpath serve}: an embedded Fuseki with a read-only SPARQL endpoint at {@code /ds} ({@code
 * /ds/sparql}, {@code /ds/query}), the JSON API at {@code /api/...} and the learner's web app at
 * {@code /} (its files under {@code /app/}), safe by default.
 *
 * <ul>
 *   <li>binds the configured host only (loopback unless told otherwise);
 *   <li>no update, graph-store writes or LOAD (the dataset is registered read-only and wrapped
 *       read-only), no admin endpoints (none is enabled), no CORS header unless one origin is
 *       configured;
 *   <li>queries with FROM, FROM NAMED, SERVICE or a protocol dataset are refused with 400; SERVICE
 *       is also off in ARQ for the whole process;
 *   <li>queries stop at the timeout (503), 4 at a time, and their answers at 32 MiB ({@link
 *       AnswerLimitFilter}); request bodies over the limit get 413 unread;
 *   <li>a {@code Host} that is not this server's gets 421 ({@link HostFilter}); a write (any method
 *       but GET and HEAD) from a page on another site gets 403 ({@link OriginFilter}); every answer
 *       has the {@link SecurityHeaders}; TRACE, OPTIONS and unknown methods get 405; a request
 *       whose parameters cannot be parsed gets 400; every error is JSON ({@link JsonErrorHandler}).
 * </ul>
 *
 * <pre>{@code
 * MlpathServer s = MlpathServer.start(dataset, planner, ServerConfig.loopback(0));
 * int port = s.port();
 * s.stop();
 * }</pre>
 */
public final class MlpathServer {
  private final FusekiServer fuseki;

  private MlpathServer(FusekiServer fuseki) {
    this.fuseki = fuseki;
  }

  /** Starts serving {@code dataset} and the API on {@code planner}'s curriculum. */
  public static MlpathServer start(DatasetGraph dataset, Planner planner, ServerConfig config) {
    return start(dataset, planner, config, Optional.empty());
  }

  /**
   * Starts serving {@code dataset} and the API on {@code planner}'s curriculum, read with errors
   * that {@code checks} holds: each request is refused when one concerns its topics.
   */
  public static MlpathServer start(
      DatasetGraph dataset, Planner planner, ServerConfig config, Optional<ProblemChecks> checks) {
    return start(dataset, planner, config, checks, Optional.empty());
  }

  /**
   * Starts serving {@code dataset}, the API on {@code planner}'s curriculum (refusing requests that
   * errors in {@code problems} concern) and, with a profile, the learner routes ({@code
   * /api/profile/...}, {@code /api/status}, {@code /api/review}, {@code POST /api/profile/assess}).
   */
  public static MlpathServer start(
      DatasetGraph dataset,
      Planner planner,
      ServerConfig config,
      Optional<ProblemChecks> problems,
      Optional<ProfileService> profile) {
    SparqlPolicy.applyProcessWide();
    DatasetGraph served = new DatasetGraphReadOnly(withoutLearners(dataset));
    Supplier<SelfChecks> checks = ApiServlet.memoized(() -> selfChecks(dataset));
    AppServlet app = new AppServlet(profile.isPresent());
    served.getContext().set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
    Optional<WriteGuard> guard = profile.map(p -> new WriteGuard(p.writes(), config.cors()));
    Optional<LearnerServlet> learner =
        profile.map(p -> new LearnerServlet(learnerApi(planner, checks, p), guard.get()));
    ApiServlet api = api(planner, checks, problems, profile, guard);
    FusekiServer.Builder b =
        FusekiServer.create()
            .port(config.port())
            .enableCors(false, null)
            .enablePing(false)
            .enableStats(false)
            .enableMetrics(false)
            .enableTasks(false)
            .enableCompact(false)
            .registerOperation(Operation.Query, new SafeQueryService(config.timeout()))
            .add("/ds", served, false)
            .addFilter("/*", new HeadersFilter())
            .addFilter("/*", new HostFilter(hostNames(config)))
            .addFilter("/*", new OriginFilter(config.cors()))
            .addFilter("/*", new BodyLimitFilter(config.maxBody()))
            .addServlet("/api/*", api)
            .addServlet("", app)
            .addServlet("/index.html", app)
            .addServlet("/app/*", app);
    learner.ifPresent(l -> b.addServlet("/api/profile", l).addServlet("/api/profile/*", l));
    config.cors().ifPresent(origin -> b.addFilter("/*", new CorsFilter(origin)));
    b.addFilter("/*", new MethodFilter())
        .addFilter("/*", new ParameterFilter())
        .addFilter("/ds/*", new AnswerLimitFilter(AnswerLimitFilter.MAX_ANSWER))
        .addFilter("/ds/*", new ErrorBodyFilter());
    return listen(b, config);
  }

  /** Builds the server, binds it to the configured host only and starts it. */
  private static MlpathServer listen(FusekiServer.Builder b, ServerConfig config) {
    FusekiServer server = b.build();
    for (var c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setHost(config.host());
      }
    }
    jsonErrors(server.getJettyServer());
    try {
      server.start();
    } catch (RuntimeException e) {
      stopQuietly(server);
      throw cannotListen(config, e);
    }
    return new MlpathServer(server);
  }

  /** The API of the operations, on the profile's clock and store if there is one. */
  private static ApiServlet api(
      Planner planner,
      Supplier<SelfChecks> checks,
      Optional<ProblemChecks> problems,
      Optional<ProfileService> profile,
      Optional<WriteGuard> guard) {
    return new ApiServlet(
        planner,
        Operations.all(profile.map(ProfileService::clock).orElse(Clock.systemDefaultZone())),
        checks,
        problems,
        profile.map(ProfileService::store),
        guard);
  }

  /** The learner routes on {@code profile} that are not operations: the profile and its changes. */
  private static LearnerApi learnerApi(
      Planner planner, Supplier<SelfChecks> checks, ProfileService profile) {
    return new LearnerApi(planner, checks, profile.store(), profile.clock());
  }

  /**
   * {@code dataset} without the named graphs of learners' profiles (a TDB2 store of an older mlpath
   * kept them beside the curriculum; now they are files beside the store): SPARQL over HTTP never
   * shows a profile.
   */
  static DatasetGraph withoutLearners(DatasetGraph dataset) {
    Predicate<Node> learner = g -> g.isURI() && g.getURI().startsWith(MLP.LEARNER_NS);
    List<Node> visible =
        Txn.calculateRead(dataset, () -> Iter.toList(dataset.listGraphNodes())).stream()
            .filter(learner.negate())
            .toList();
    return new DatasetGraphFilteredView(dataset, q -> !learner.test(q.getGraph()), visible);
  }

  /** The names the Host filter answers for: the configured ones and the address it binds. */
  private static Set<String> hostNames(ServerConfig config) {
    Set<String> names = new HashSet<>(config.allowedHosts());
    names.add(config.host());
    return names;
  }

  /** Every error page JSON: Jetty's own (before any servlet) and the servlet context's. */
  private static void jsonErrors(Server jetty) {
    JsonErrorHandler errors = new JsonErrorHandler();
    jetty.setErrorHandler(errors);
    for (ContextHandler context : jetty.getDescendants(ContextHandler.class)) {
      context.setErrorHandler(errors);
    }
  }

  private static StoreException cannotListen(ServerConfig config, RuntimeException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof IOException) {
        return new StoreException(
            "cannot listen on "
                + config.host()
                + ":"
                + config.port()
                + ": the port is in use or not allowed; stop what holds it, or give another"
                + " --port",
            e);
      }
    }
    throw e;
  }

  private static void stopQuietly(FusekiServer server) {
    try {
      server.stop();
    } catch (RuntimeException ignored) {
      // it never started
    }
  }

  /** The topics' self-checks in the served data, read once: the data does not change. */
  private static SelfChecks selfChecks(DatasetGraph dataset) {
    return Txn.calculateRead(
        dataset,
        () ->
            SelfCheckReader.read(
                LoadedGraph.of(ModelFactory.createModelForGraph(dataset.getDefaultGraph()))));
  }

  /** The port it listens on. */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** Stops listening and waits for requests in flight. */
  public void stop() {
    fuseki.stop();
  }

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }
}
