package io.github.mlpath.cli.request;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.CurriculumSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One question mlpath answers, asked the same way as a command ({@code mlpath NAME ...}) and as an
 * API route ({@code GET /api/NAME?...}): the same parameters, defaults, checks and messages, and
 * the same answer, a record that is the JSON of both. Register a new one in {@link Operations}.
 *
 * @param <Q> the checked request
 * @param <R> the answer
 */
public abstract class Operation<Q, R> {
  private final String name;
  private final List<Param<?>> params;
  private final List<TextFormat<R>> textFormats;
  private final List<String> description;

  /**
   * An operation called {@code name}, with its parameters in help order (every operation also takes
   * {@link Params#SKIP_GIST_EDGES}, and one that takes {@link Params#KNOWN} plans for a learner, so
   * it takes {@link Params#NO_PROFILE} as well), its text formats (the default first; JSON is
   * always there as well) and its help, one paragraph a string.
   */
  protected Operation(
      String name, List<Param<?>> params, List<TextFormat<R>> textFormats, String... description) {
    this.name = name;
    List<Param<?>> all = new ArrayList<>(params);
    if (params.contains(Params.KNOWN)) {
      all.add(Params.NO_PROFILE);
    }
    all.add(Params.SKIP_GIST_EDGES);
    this.params = List.copyOf(all);
    this.textFormats = List.copyOf(textFormats);
    this.description = List.of(description);
  }

  /** The command's name, such as {@code path} or {@code goal add}. */
  public final String name() {
    return name;
  }

  /**
   * The route's name under {@code /api/}: the name, with a slash for each space ({@code goal add}
   * is the command {@code mlpath goal add} and the route {@code /api/goal/add}).
   */
  public final String route() {
    return name.replace(' ', '/');
  }

  /** The command's help, one paragraph an element. */
  public final List<String> description() {
    return description;
  }

  /** Every parameter, in help order. */
  public final List<Param<?>> params() {
    return params;
  }

  /** The text formats of the command, the default first; JSON is always there as well. */
  public final List<TextFormat<R>> textFormats() {
    return textFormats;
  }

  /**
   * Whether the answer is about the learner, read from the context's profile: the command then
   * takes the options that say where the profile is, and the server gives its own.
   */
  public boolean readsProfile() {
    return false;
  }

  /**
   * Whether the answer changes the learner's profile (through {@link Context#profiles}): the
   * command takes the options that say where the profile is, and the server answers it only to a
   * {@code POST} with a JSON body that passes its write checks.
   */
  public boolean writesProfile() {
    return false;
  }

  /**
   * Reads and checks the parameters, all of them, before anything is loaded.
   *
   * @throws RequestException for a missing, malformed or out-of-range value
   */
  public abstract Q bind(Args args);

  /** The part of the curriculum the answer needs, fetched from {@code source}. */
  public abstract Curriculum scope(CurriculumSource source, Q request);

  /**
   * The answer, on a planner of a curriculum that holds at least {@link #scope} (without its gist
   * edges when the request says so: {@link Params#planned}), and what else the context gives.
   */
  public abstract R answer(Context context, Q request);

  /**
   * The topics an answer shows beyond its {@link #scope}, whose problems matter as much as the
   * scope's: {@code next}'s ready topics. Empty for an operation whose scope already holds them.
   */
  protected Collection<String> answerTopics(Q request, R answer) {
    return List.of();
  }

  /**
   * Checks that no error of the data concerns the {@link #answerTopics} of {@code answer} or what
   * they require, as {@link #scope} checked its own topics.
   *
   * @throws io.github.mlpath.graph.InvalidDataException naming the first error that does
   */
  public final void checkAnswer(CurriculumSource source, Q request, R answer) {
    if (source.errorCount() > 0) {
      source.closureOf(answerTopics(request, answer));
    }
  }

  /** The closure of {@code names} and {@code more}: what a question about those topics needs. */
  protected static Curriculum closureOf(
      CurriculumSource source, List<String> names, List<String> more) {
    List<String> all = new ArrayList<>(names);
    all.addAll(more);
    return source.closureOf(all);
  }

  /**
   * One way to print an answer as text.
   *
   * @param name the value of {@code --format}
   * @param printer writes the answer
   * @param <R> the answer
   */
  public record TextFormat<R>(String name, Printer<R> printer) {}

  /** Writes an answer. */
  @FunctionalInterface
  public interface Printer<R> {
    /** Prints {@code answer} to {@code out}. */
    void print(R answer, PrintWriter out);
  }
}
