package io.github.mlpath.cli;

import io.github.mlpath.cli.request.IgnoredProblems;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.CurriculumSource;
import io.github.mlpath.graph.SourceSpec;
import io.github.mlpath.graph.merge.MergeSummary;
import io.github.mlpath.graph.store.Store;
import io.github.mlpath.graph.store.Stores;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the curriculum comes from, shared by every command that reads one. Without {@code --data}
 * the bundled curriculum is used; {@code --data} replaces it, unless {@code --bundled} asks to keep
 * it too. The vocabulary is always loaded. {@code --store DIR} reads a TDB2 store and {@code
 * --endpoint URL} a SPARQL endpoint instead; each of the three excludes the others.
 */
public final class DataOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Read the TDB2 store in DIR (made by 'mlpath load') instead of files.")
  Path store;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "Read the curriculum from this SPARQL 1.1 query endpoint, fetching only the part"
              + " each command needs.")
  String endpoint;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "The longest reading may take: a SPARQL query (default: 10), and each request to an"
              + " --endpoint from connecting to the last byte of its answer (default: 60);"
              + " more than 0, at most 86400.")
  Double timeoutSeconds;

  /** The largest {@code --timeout}: a day. */
  static final double MAX_TIMEOUT_SECONDS = 86_400;

  @Option(
      names = {"-d", "--data"},
      paramLabel = "PATH",
      description =
          "RDF file or folder to load instead of the bundled curriculum (repeatable; folders are"
              + " read recursively). Turtle, N-Triples, TriG, N-Quads, JSON-LD, RDF/XML.")
  List<Path> data = new ArrayList<>();

  @Option(
      names = "--bundled",
      description =
          "Load the bundled curriculum as well as the --data files, merging topics that are one"
              + " concept (same Wikipedia article or name, or a --mapping line).")
  boolean bundled;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "With --data and --bundled: lines YOUR_ID,BUNDLED_ID of topics that are one concept"
              + " (YOUR_ID,- keeps a topic apart).")
  Path mapping;

  /**
   * The source the options name; {@code --data}, {@code --store} and {@code --endpoint} exclude
   * each other, and {@code --bundled} goes with {@code --data} only.
   */
  public SourceSpec spec() {
    int given = (store != null ? 1 : 0) + (endpoint != null ? 1 : 0) + (data.isEmpty() ? 0 : 1);
    if (given > 1 || (bundled && (store != null || endpoint != null))) {
      throw new ParameterException(
          mixee.commandLine(), "--data, --store and --endpoint exclude each other; give one");
    }
    if (store != null) {
      return new SourceSpec.Tdb2(store);
    }
    if (endpoint != null) {
      return new SourceSpec.Endpoint(
          endpointUrl(), timeout(Duration.ofSeconds(SourceSpec.Endpoint.DEFAULT_TIMEOUT_SECONDS)));
    }
    if (mapping != null && (data.isEmpty() || !bundled)) {
      throw new ParameterException(mixee.commandLine(), "--mapping goes with --data and --bundled");
    }
    return new SourceSpec.Files(data, bundled || data.isEmpty(), Optional.ofNullable(mapping));
  }

  /**
   * {@code --timeout}, or {@code otherwise} when it is not given.
   *
   * @throws ParameterException when it is not more than 0 and at most a day
   */
  public Duration timeout(Duration otherwise) {
    if (timeoutSeconds == null) {
      return otherwise;
    }
    if (!(timeoutSeconds > 0) || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
      throw new ParameterException(
          mixee.commandLine(), "--timeout must be more than 0 and at most 86400 seconds");
    }
    return Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
  }

  private URI endpointUrl() {
    try {
      URI url = new URI(endpoint);
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // said below
    }
    throw new ParameterException(
        mixee.commandLine(),
        "--endpoint: '"
            + endpoint
            + "' is not an http or https URL, such as http://host/ds/sparql");
  }

  /**
   * Opens the store the options name; the caller closes it. When files were merged into the bundled
   * curriculum, one line on standard error says what the merge did.
   */
  public Store open() {
    Store s = Stores.open(spec());
    MergeSummary.of(s.notes())
        .ifPresent(
            line -> {
              mixee.commandLine().getErr().println("mlpath: " + line);
              mixee.commandLine().getErr().flush();
            });
    return s;
  }

  /** Opens the store, applies {@code f}, reports the store's notices and closes it again. */
  public <T> T with(Function<? super Store, T> f) {
    try (Store s = open()) {
      T result = f.apply(s);
      report(s);
      return result;
    }
  }

  /**
   * Prints what the store has to say on stderr: the errors elsewhere in the data that the answer
   * ignored and how to see them, a snapshot rebuilt.
   */
  public void report(Store store) {
    PrintWriter err = mixee.commandLine().getErr();
    ignoredProblems(store).ifPresent(i -> err.println("mlpath: " + i.line()));
    for (String notice : store.notices()) {
      err.println("mlpath: " + notice);
    }
    err.flush();
  }

  /** The errors of the store's data that its answers ignored, if it has any. */
  public Optional<IgnoredProblems> ignoredProblems(Store store) {
    return IgnoredProblems.of(store, validateCommand());
  }

  /** The command that lists the problems of the data these options name. */
  public String validateCommand() {
    if (store != null) {
      return "mlpath validate' on the files loaded into '" + store;
    }
    StringBuilder b = new StringBuilder("mlpath validate");
    data.forEach(p -> b.append(' ').append(p));
    if (bundled && !data.isEmpty()) {
      b.append(" --bundled");
    }
    if (mapping != null) {
      b.append(" --mapping ").append(mapping);
    }
    return b.toString();
  }

  /** The whole curriculum. */
  public Curriculum curriculum() {
    return with(CurriculumSource::whole);
  }

  /** The named topics and all they require (a subgraph when the source is a store). */
  public Curriculum closureOf(List<String> names) {
    return with(s -> s.closureOf(names));
  }
}
