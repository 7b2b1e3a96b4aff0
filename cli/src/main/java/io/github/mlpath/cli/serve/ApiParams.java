package io.github.mlpath.cli.serve;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.lookup.ResourcePreferences;
import io.github.mlpath.core.plan.Strategy;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of one API request, read with the CLI's names and rules: {@code known} and
 * {@code goal} repeat or take commas, flags are {@code true} or {@code false}.
 */
final class ApiParams {
  private final Map<String, String[]> params;

  ApiParams(Map<String, String[]> params) {
    this.params = params;
  }

  /** A bad parameter; answered with 400. */
  static final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadParameter(String message) {
      super(message);
    }
  }

  String required(String name) {
    return optional(name).orElseThrow(() -> new BadParameter("missing parameter '" + name + "'"));
  }

  Optional<String> optional(String name) {
    String[] v = params.get(name);
    return v == null || v.length == 0 || v[0].isBlank() ? Optional.empty() : Optional.of(v[0]);
  }

  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, new String[0])) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  boolean flag(String name) {
    return optional(name)
        .map(
            v ->
                switch (v) {
                  case "true", "1", "yes" -> true;
                  case "false", "0", "no" -> false;
                  default -> throw new BadParameter(name + " must be true or false");
                })
        .orElse(false);
  }

  Optional<Integer> integer(String name, int min) {
    return optional(name).map(v -> parseInt(name, v, min));
  }

  Optional<Double> number(String name) {
    return optional(name)
        .map(
            v -> {
              try {
                return Double.parseDouble(v);
              } catch (NumberFormatException e) {
                throw new BadParameter(name + " must be a number");
              }
            });
  }

  Optional<LocalDate> date(String name) {
    return optional(name)
        .map(
            v -> {
              try {
                return LocalDate.parse(v);
              } catch (DateTimeParseException e) {
                throw new BadParameter(name + " must be a date YYYY-MM-DD");
              }
            });
  }

  Strategy strategy() {
    return optional("strategy")
        .map(v -> Strategy.fromSlug(v).orElseThrow(() -> new BadParameter("unknown strategy " + v)))
        .orElse(Strategy.JIT);
  }

  Optional<Depth> depth(String name) {
    return optional(name)
        .map(v -> Depth.fromSlug(v).orElseThrow(() -> new BadParameter("unknown depth " + v)));
  }

  ResourcePreferences preferences(Optional<Depth> depth) {
    Optional<Medium> prefer =
        optional("prefer")
            .map(
                v -> Medium.fromSlug(v).orElseThrow(() -> new BadParameter("unknown medium " + v)));
    return new ResourcePreferences(prefer, flag("free-only"), depth);
  }

  boolean implied() {
    return !flag("no-implied");
  }

  private static int parseInt(String name, String v, int min) {
    try {
      int i = Integer.parseInt(v);
      if (i < min) {
        throw new BadParameter(name + " must be at least " + min);
      }
      return i;
    } catch (NumberFormatException e) {
      throw new BadParameter(name + " must be a whole number");
    }
  }
}
