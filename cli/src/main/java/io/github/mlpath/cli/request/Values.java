package io.github.mlpath.cli.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the values of {@link Param}s are read and checked, with messages in the user's words (never a
 * Java type): each parser throws {@link IllegalArgumentException} with the detail, which {@link
 * Param} prefixes with the parameter's name. Numeric bounds live here, for the CLI and the API
 * alike.
 */
public final class Values {
  private Values() {}

  /** A whole number from {@code min} to {@code max}. */
  public static Function<String, Integer> wholeNumber(int min, int max) {
    return v -> {
      int i = parsed(v, Integer::parseInt, "a whole number");
      if (i < min || i > max) {
        throw new IllegalArgumentException(
            max == Integer.MAX_VALUE
                ? "must be at least " + min
                : "must be from " + min + " to " + max + ", not " + i);
      }
      return i;
    };
  }

  /** A finite number from {@code min} to {@code max}, both included. */
  public static Function<String, Double> number(double min, double max) {
    return v -> {
      double d = parsed(v, Double::parseDouble, "a number");
      if (!(d >= min && d <= max)) {
        throw new IllegalArgumentException(
            "must be from " + text(min) + " to " + text(max) + ", not " + v.strip());
      }
      return d;
    };
  }

  /** A calendar date written YYYY-MM-DD. */
  public static LocalDate date(String v) {
    return parsed(v, LocalDate::parse, "a date (YYYY-MM-DD)");
  }

  /** {@code v} without surrounding space, read by {@code parse}; else "V is not {@code what}". */
  private static <T> T parsed(String v, Function<String, T> parse, String what) {
    try {
      return parse.apply(v.strip());
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(v + " is not " + what);
    }
  }

  /** A calendar date written YYYY-MM-DD, from {@code earliest} to {@code latest}. */
  public static Function<String, LocalDate> date(LocalDate earliest, LocalDate latest) {
    return v -> {
      LocalDate d = date(v);
      if (d.isBefore(earliest) || d.isAfter(latest)) {
        throw new IllegalArgumentException(
            "must be from " + earliest + " to " + latest + ", not " + d);
      }
      return d;
    };
  }

  /** One of {@code values}, named by its slug, ignoring case. */
  public static <E> Function<String, E> slug(E[] values, Function<E, String> slugOf) {
    return v -> {
      String wanted = v.strip().toLowerCase(Locale.ROOT);
      Optional<E> match =
          Arrays.stream(values).filter(e -> slugOf.apply(e).equals(wanted)).findFirst();
      return match.orElseThrow(
          () ->
              new IllegalArgumentException(
                  v
                      + " is not one of "
                      + Arrays.stream(values).map(slugOf).collect(Collectors.joining(", "))));
    };
  }

  /** A yes-or-no value: true, yes or 1; false, no or 0. */
  static Boolean bool(String v) {
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new IllegalArgumentException(v + " is not true or false");
    };
  }

  /**
   * A list value split at commas, except inside double quotes ({@code "Bayes, Thomas"}, with {@code
   * ""} for a quote inside); parts stripped, empty parts dropped.
   */
  static List<String> split(String value) {
    List<String> out = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == '"' && quoted && i + 1 < value.length() && value.charAt(i + 1) == '"') {
        part.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        add(out, part);
      } else {
        part.append(ch);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(value + " has a double quote that is not closed");
    }
    add(out, part);
    return out;
  }

  /** {@code name} quoted so that {@link #split} gives it back whole. */
  public static String quoted(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static void add(List<String> out, StringBuilder part) {
    String s = part.toString().strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    part.setLength(0);
  }

  private static String text(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
