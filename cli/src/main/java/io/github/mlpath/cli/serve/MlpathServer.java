package io.github.mlpath.cli.serve;

import io.github.mlpath.core.plan.Planner;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
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
    DatasetGraph served = new DatasetGraphReadOnly(dataset);
    AppServlet app = new AppServlet();
    served.getContext().set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
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
            .addServlet("/api/*", new ApiServlet(new Api(planner)))
            .addServlet("", app)
            .addServlet("/index.html", app)
            .addServlet("/app/*", app);
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
