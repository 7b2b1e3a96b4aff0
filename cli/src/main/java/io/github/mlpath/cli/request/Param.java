package io.github.mlpath.cli.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One input of a request, defined once for the command line ({@code --name VALUE}, or a positional
 * argument) and for URLs ({@code name=VALUE}): its name, what it means, and how a value is read and
 * checked. A value that does not parse is refused with a {@link RequestException} naming the
 * parameter. Immutable.
 *
 * <pre>{@code
 * static final Param<Integer> LIMIT =
 *     Param.option("limit", "N", "Show at most N topics (default: all).", Values.wholeNumber(1, 10_000));
 * Optional<Integer> limit = LIMIT.get(args);
 * }</pre>
 *
 * @param <T> the type of one value
 */
public final class Param<T> {
  /** How a parameter is given. */
  public enum Shape {
    /** {@code --name VALUE}, at most once. */
    VALUE,
    /**
     * {@code --name A,B --name C}: repeatable, and each value a comma-separated list (a name with a
     * comma in double quotes, {@code "Bayes, Thomas"}; on the command line also {@code @FILE}, one
     * name a line).
     */
    LIST,
    /** {@code --name} on the command line, {@code name=true|false} in a URL. */
    FLAG,
    /** A positional argument on the command line, {@code name=VALUE} in a URL. */
    POSITIONAL,
    /**
     * The positional arguments from one position on ({@code TOPIC...}), each a comma-separated list
     * as in {@link #LIST}; {@code name=A&name=B} in a URL, {@code "name": [A, B]} in a JSON body.
     */
    POSITIONALS
  }

  private final String name;
  private final Optional<String> shortName;
  private final String label;
  private final String description;
  private final Shape shape;
  private final int index;
  private final Function<String, T> parser;

  private Param(
      String name,
      Optional<String> shortName,
      String label,
      String description,
      Shape shape,
      int index,
      Function<String, T> parser) {
    this.name = name;
    this.shortName = shortName;
    this.label = label;
    this.description = description;
    this.shape = shape;
    this.index = index;
    this.parser = parser;
  }

  /** {@code --name VALUE}; {@code parser} throws {@link IllegalArgumentException} with a detail. */
  public static <T> Param<T> option(
      String name, String label, String description, Function<String, T> parser) {
    return new Param<>(name, Optional.empty(), label, description, Shape.VALUE, -1, parser);
  }

  /** A repeatable, comma-separated list of names. */
  public static Param<String> list(String name, String label, String description) {
    return new Param<>(
        name, Optional.empty(), label, description, Shape.LIST, -1, Function.identity());
  }

  /** A yes-or-no switch, false unless given. */
  public static Param<Boolean> flag(String name, String description) {
    return new Param<>(name, Optional.empty(), "", description, Shape.FLAG, -1, Values::bool);
  }

  /** The {@code index}-th positional argument on the command line; {@code name=} in a URL. */
  public static Param<String> positional(int index, String name, String label, String description) {
    return new Param<>(
        name, Optional.empty(), label, description, Shape.POSITIONAL, index, Function.identity());
  }

  /** The positional arguments from the {@code index}-th on, read as a {@link Shape#LIST}. */
  public static Param<String> positionals(
      int index, String name, String label, String description) {
    return new Param<>(
        name, Optional.empty(), label, description, Shape.POSITIONALS, index, Function.identity());
  }

  /**
   * The same parameter (name, bounds, messages) with other help, for a command that gives it
   * another meaning for the learner, such as {@code prefs set --hours-per-week}.
   */
  public Param<T> withDescription(String description) {
    return new Param<>(name, shortName, label, description, shape, index, parser);
  }

  /** The same parameter with a one-letter alias on the command line, such as {@code -g}. */
  public Param<T> withShortName(String shortName) {
    return new Param<>(name, Optional.of(shortName), label, description, shape, index, parser);
  }

  /** The name in a URL, and after {@code --} on the command line. */
  public String name() {
    return name;
  }

  /** How the command line names it: {@code --name}, or the label of a positional argument. */
  public String cliName() {
    return positional() ? label : "--" + name;
  }

  /** The one-letter alias, such as {@code -g}, if there is one. */
  public Optional<String> shortName() {
    return shortName;
  }

  /** The placeholder for a value in help, such as {@code N} or {@code TOPIC}. */
  public String label() {
    return label;
  }

  /** One sentence for help texts. */
  public String description() {
    return description;
  }

  /** Whether the command line gives it as positional arguments rather than an option. */
  public boolean positional() {
    return shape == Shape.POSITIONAL || shape == Shape.POSITIONALS;
  }

  /** How it is given. */
  public Shape shape() {
    return shape;
  }

  /** The position of a positional argument, from 0; -1 for the others. */
  public int index() {
    return index;
  }

  /**
   * How one value is parsed and checked, for input that is not {@link Args} (a JSON body's field):
   * it throws {@link IllegalArgumentException} with the reason in the user's words.
   */
  public Function<String, T> parser() {
    return parser;
  }

  /** Whether the request gives it at all. */
  public boolean given(Args args) {
    return !args.values(this).isEmpty();
  }

  /**
   * The value, parsed and checked; empty when not given.
   *
   * @throws RequestException when it is given twice or is not a valid value
   */
  public Optional<T> get(Args args) {
    List<String> values = args.values(this);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw RequestException.badValue(this, "give it once, not " + values.size() + " times");
    }
    return Optional.of(parse(values.get(0)));
  }

  /** The value; {@link RequestException} "missing NAME" when it is not given. */
  public T require(Args args) {
    return get(args).orElseThrow(() -> new RequestException("missing %s", this));
  }

  /** Every value of a list, split at commas that are not in double quotes, parsed. */
  public List<T> list(Args args) {
    List<T> out = new ArrayList<>();
    for (String value : args.values(this)) {
      List<String> parts;
      try {
        parts = Values.split(value);
      } catch (IllegalArgumentException e) {
        throw RequestException.badValue(this, e.getMessage());
      }
      for (String part : parts) {
        out.add(parse(part));
      }
    }
    return out;
  }

  /** Whether a flag is on. */
  public boolean on(Args args) {
    return get(args).map(Boolean.TRUE::equals).orElse(false);
  }

  private T parse(String value) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw RequestException.badValue(this, e.getMessage());
    }
  }
}
