package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.request.Operations;
import io.github.mlpath.core.learner.SelfChecks;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.read.SelfCheckReader;
import io.github.mlpath.graph.vocab.MLP;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import org.eclipse.jetty.server.ServerConnector;

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
 *   <li>queries stop at the timeout (503); request bodies over the limit get 413 unread.
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
   * Starts serving {@code dataset}, the API on {@code planner}'s curriculum and, with a profile,
   * the learner routes ({@code /api/profile/...}, {@code /api/status}, {@code /api/review}, {@code
   * POST /api/profile/assess}).
   */
  public static MlpathServer start(
      DatasetGraph dataset,
      Planner planner,
      ServerConfig config,
      Optional<ProfileService> profile) {
    DatasetGraph served = new DatasetGraphReadOnly(withoutLearners(dataset));
    Supplier<SelfChecks> checks = ApiServlet.memoized(() -> selfChecks(dataset));
    AppServlet app = new AppServlet(profile.isPresent());
    served.getContext().set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
    ApiServlet api =
        new ApiServlet(
            planner,
            Operations.all(profile.map(ProfileService::clock).orElse(Clock.systemDefaultZone())),
            checks,
            profile.map(ProfileService::store));
    FusekiServer.Builder b =
        FusekiServer.create()
            .port(config.port())
            .enableCors(false, null)
            .enablePing(false)
            .enableStats(false)
            .enableMetrics(false)
            .enableTasks(false)
            .enableCompact(false)
            .registerOperation(Operation.Query, new SafeQueryService())
            .add("/ds", served, false)
            .addFilter("/*", new BodyLimitFilter(config.maxBody()))
            .addServlet("/api/*", api)
            .addServlet("", app)
            .addServlet("/index.html", app)
            .addServlet("/app/*", app);
    profile.ifPresent(
        p -> {
          LearnerServlet learner =
              new LearnerServlet(
                  new LearnerApi(planner, checks, p.store(), p.clock()),
                  new WriteGuard(p.writes(), config.cors()));
          for (String path :
              new String[] {"/api/profile", "/api/profile/*", "/api/status", "/api/review"}) {
            b.addServlet(path, learner);
          }
        });
    config.cors().ifPresent(origin -> b.addFilter("/*", new CorsFilter(origin)));
    FusekiServer server = b.build();
    for (var c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setHost(config.host());
      }
    }
    server.start();
    return new MlpathServer(server);
  }

  /**
   * {@code dataset} without the named graphs of learners' profiles (a TDB2 store keeps them beside
   * the curriculum): SPARQL over HTTP never shows a profile.
   */
  static DatasetGraph withoutLearners(DatasetGraph dataset) {
    Predicate<Node> learner = g -> g.isURI() && g.getURI().startsWith(MLP.LEARNER_NS);
    List<Node> visible =
        Txn.calculateRead(dataset, () -> Iter.toList(dataset.listGraphNodes())).stream()
            .filter(learner.negate())
            .toList();
    return new DatasetGraphFilteredView(dataset, q -> !learner.test(q.getGraph()), visible);
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
