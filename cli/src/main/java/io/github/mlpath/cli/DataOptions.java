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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Where the curriculum comes from, shared by every command that reads one. Without {@code --data}
 * the bundled curriculum is used; {@code --data} replaces it, unless {@code --bundled} asks to keep
 * it too. The vocabulary is always loaded. {@code --store DIR} reads a TDB2 store and {@code
 * --endpoint URL} a SPARQL endpoint instead; each of the three excludes the others.
 */
public final class DataOptions implements OptionSet {
  /** The command these options belong to (for its error stream and usage errors). */
  private CommandSpec mixee;

  private final OptionSpec store =
      Specs.option(
          "--store",
          "DIR",
          Path.class,
          "Read the TDB2 store in DIR (made by 'mlpath load') instead of files.");

  private final OptionSpec endpoint =
      Specs.option(
          "--endpoint",
          "URL",
          String.class,
          "Read the curriculum from this SPARQL 1.1 query endpoint, fetching only the part"
              + " each command needs.");

  private final OptionSpec timeout =
      Specs.option(
          "--timeout",
          "SECONDS",
          Double.class,
          "The longest reading may take: a SPARQL query (default: 10), and each request to an"
              + " --endpoint from connecting to the last byte of its answer (default: 60);"
              + " more than 0, at most 86400.");

  /** The largest {@code --timeout}: a day. */
  static final double MAX_TIMEOUT_SECONDS = 86_400;

  private final OptionSpec files =
      Specs.list(
          new String[] {"-d", "--data"},
          "PATH",
          Path.class,
          "RDF file or folder to load instead of the bundled curriculum (repeatable; folders are"
              + " read recursively). Turtle, N-Triples, TriG, N-Quads, JSON-LD, RDF/XML.");

  private final OptionSpec bundled =
      Specs.flag(
          "--bundled",
          "Load the bundled curriculum as well as the --data files, merging topics that are one"
              + " concept (same Wikipedia article or name, or a --mapping line).");

  private final OptionSpec mapping =
      Specs.option(
          "--mapping",
          "FILE",
          Path.class,
          "With --data and --bundled: lines YOUR_ID,BUNDLED_ID of topics that are one concept"
              + " (YOUR_ID,- keeps a topic apart).");

  @Override
  public void addTo(CommandSpec command) {
    mixee = command;
    command.addMixin(
        "data", Specs.mixin(this, List.of(store, endpoint, timeout, files, bundled, mapping)));
  }

  private Path store() {
    return store.getValue();
  }

  private List<Path> data() {
    List<Path> given = files.getValue();
    return given == null ? List.of() : given;
  }

  private Optional<Path> mapping() {
    return Optional.ofNullable(mapping.getValue());
  }

  /**
   * The source the options name; {@code --data}, {@code --store} and {@code --endpoint} exclude
   * each other, and {@code --bundled} goes with {@code --data} only.
   */
  public SourceSpec spec() {
    Path store = store();
    String endpoint = this.endpoint.getValue();
    List<Path> data = data();
    boolean bundled = Specs.given(this.bundled);
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
          endpointUrl(endpoint),
          timeout(Duration.ofSeconds(SourceSpec.Endpoint.DEFAULT_TIMEOUT_SECONDS)));
    }
    if (mapping().isPresent() && (data.isEmpty() || !bundled)) {
      throw new ParameterException(mixee.commandLine(), "--mapping goes with --data and --bundled");
    }
    return new SourceSpec.Files(data, bundled || data.isEmpty(), mapping());
  }

  /**
   * {@code --timeout}, or {@code otherwise} when it is not given.
   *
   * @throws ParameterException when it is not more than 0 and at most a day
   */
  public Duration timeout(Duration otherwise) {
    Double timeoutSeconds = timeout.getValue();
    if (timeoutSeconds == null) {
      return otherwise;
    }
    if (!(timeoutSeconds > 0) || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
      throw new ParameterException(
          mixee.commandLine(), "--timeout must be more than 0 and at most 86400 seconds");
    }
    return Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
  }

  private URI endpointUrl(String endpoint) {
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
    if (store() != null) {
      return "mlpath validate' on the files loaded into '" + store();
    }
    StringBuilder b = new StringBuilder("mlpath validate");
    data().forEach(p -> b.append(' ').append(p));
    if (Specs.given(bundled) && !data().isEmpty()) {
      b.append(" --bundled");
    }
    mapping().ifPresent(m -> b.append(" --mapping ").append(m));
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
