package io.github.mlpath.cli;

import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.cli.request.IgnoredProblems;
import io.github.mlpath.cli.request.ProblemChecks;
import io.github.mlpath.cli.serve.MlpathServer;
import io.github.mlpath.cli.serve.ProfileService;
import io.github.mlpath.cli.serve.ServerConfig;
import io.github.mlpath.cli.serve.WritePolicy;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.store.Store;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code mlpath serve}: a read-only SPARQL endpoint and the JSON API, until stopped. */
@Command(
    name = ServeCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Serves the curriculum (in memory, or --store) over HTTP until stopped (Ctrl-C or SIGTERM):"
          + " a read-only SPARQL endpoint at /ds/sparql and a JSON API at /api/path, /api/need,"
          + " /api/next, /api/why, /api/used-for, /api/topic, /api/search and /api/map, and the"
          + " learner's web app at /; and your profile's routes: /api/profile (GET; POST"
          + " /api/profile/assess), /api/status, /api/review, /api/goal/list, /api/prefs/show"
          + " and POST /api/learned, /unlearn, /reviewed, /goal/add, /goal/remove, /prefs/set,"
          + " /prefs/unset.",
      "Safe by default: loopback only, no updates, no SERVICE, no FROM, queries cut at the"
          + " timeout (503), bodies over 1 MiB refused (413), no CORS unless --cors. Profile writes"
          + " only from this machine (unless --allow-remote-writes, with a token), with the header"
          + " X-Mlpath-Write: 1 and a JSON body of at most 64 KiB."
    })
final class ServeCommand extends DataCommand {
  /** The command's name (read by {@link Main} without reading this annotation). */
  static final String NAME = "serve";

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "HOST",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "3030",
      paramLabel = "PORT",
      description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  final ProfileOptions profile = new ProfileOptions();

  @Option(
      names = "--no-profile",
      description =
          "Serve no learner profile: no /api/profile routes, no changes (/api/learned...), and"
              + " /api/status and /api/review answer for an empty profile.")
  boolean noProfile;

  @Option(
      names = "--allow-remote-writes",
      description =
          "Let clients on other machines change the profile, with Authorization: Bearer TOKEN"
              + " (TOKEN from MLPATH_WRITE_TOKEN, at least 16 characters, else made up and printed"
              + " once). Without it, only this machine may write.")
  boolean allowRemoteWrites;

  @Option(
      names = "--cors",
      paramLabel = "ORIGIN",
      description = "Allow this one origin (e.g. https://example.org) to call from a browser.")
  String cors;

  @Option(
      names = "--allow-host",
      paramLabel = "NAME",
      description =
          "Also answer requests whose Host header is NAME (repeatable); localhost and IP"
              + " addresses always are, other names get 421.")
  List<String> allowHosts = new ArrayList<>();

  @Override
  public List<OptionSet> optionSets() {
    return List.of(data, profile);
  }

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0..65535");
    }
    Duration timeout = data.timeout(QueryCommand.QUERY_TIMEOUT);
    Store source = data.open();
    DatasetGraph dataset =
        source
            .servableDataset()
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(), "serve reads memory or --store, not --endpoint"));
    Optional<ProblemChecks> checks =
        data.ignoredProblems(source).map(ignored -> new ProblemChecks(source, ignored));
    Planner planner = Planner.of(checks.isPresent() ? source.asRead() : source.whole());
    ServerConfig config =
        new ServerConfig(
            host,
            port,
            timeout,
            Optional.ofNullable(cors),
            ServerConfig.DEFAULT_MAX_BODY,
            Set.copyOf(allowHosts));
    Optional<String> token = allowRemoteWrites ? Optional.of(writeToken()) : Optional.empty();
    Optional<ProfileService> learner = learner(token);
    MlpathServer server = MlpathServer.start(dataset, planner, config, checks, learner);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  source.close();
                },
                "mlpath-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
    out.printf(
        "serving %s: web app at %s/, SPARQL at %s/ds/sparql, API at %s/api/ (stop with Ctrl-C)%n",
        source.description(), base, base, base);
    checks.ifPresent(c -> out.println(errorsLine(c.ignored())));
    learner.ifPresent(l -> out.println(profileLine(l, base, token)));
    out.flush();
    server.join();
    return ExitCodes.OK;
  }

  private static String errorsLine(IgnoredProblems errors) {
    return "the data has "
        + errors.count()
        + (errors.count() == 1 ? " error" : " errors")
        + ": a request that one concerns is refused (422); '"
        + errors.listedBy()
        + "' lists them";
  }

  private final Clock clock;

  ServeCommand(Clock clock) {
    this.clock = clock;
  }

  /** The learner routes' profile and who may write it, unless {@code --no-profile}. */
  private Optional<ProfileService> learner(Optional<String> token) {
    return noProfile
        ? Optional.empty()
        : Optional.of(
            new ProfileService(LearnerSession.store(data, profile), new WritePolicy(token), clock));
  }

  private static String profileLine(ProfileService l, String base, Optional<String> token) {
    return String.format(
        "profile %s at %s/api/profile; writes from %s",
        l.store().description(),
        base,
        token.isEmpty()
            ? "this machine only"
            : "this machine, and from others with Authorization: Bearer "
                + (System.getenv("MLPATH_WRITE_TOKEN") == null
                    ? token.get()
                    : "$MLPATH_WRITE_TOKEN"));
  }

  /** MLPATH_WRITE_TOKEN, or 32 random bytes in base64url. */
  private String writeToken() {
    String env = System.getenv("MLPATH_WRITE_TOKEN");
    if (env != null && !env.isBlank()) {
      if (env.strip().length() < WritePolicy.MIN_TOKEN) {
        throw new ParameterException(
            spec.commandLine(),
            "MLPATH_WRITE_TOKEN must be at least " + WritePolicy.MIN_TOKEN + " characters");
      }
      return env.strip();
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
