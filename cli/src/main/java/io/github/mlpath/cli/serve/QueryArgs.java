package io.github.mlpath.cli.serve;

import io.github.mlpath.cli.request.Args;
import io.github.mlpath.cli.request.Param;
import io.github.mlpath.cli.request.RequestException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@link Args} of an API request: its query parameters, by the same names as the command's
 * options. A value is taken as given (never read as a file); a parameter the operation does not
 * have is refused, as the command line refuses an unknown option.
 */
final class QueryArgs implements Args {
  private final Map<String, String[]> params;

  private QueryArgs(Map<String, String[]> params) {
    this.params = params;
  }

  /**
   * The parameters of a request to an operation with {@code known} parameters.
   *
   * @throws RequestException naming a parameter that is not one of them
   */
  static QueryArgs of(Map<String, String[]> params, List<Param<?>> known) {
    for (String name : params.keySet()) {
      if (known.stream().noneMatch(p -> p.name().equals(name))) {
        throw new RequestException(
            "unknown parameter '"
                + name.replace("%", "%%")
                + "'"
                + (known.isEmpty()
                    ? "; this route takes none"
                    : "; the parameters are "
                        + known.stream().map(Param::name).collect(Collectors.joining(", "))));
      }
    }
    return new QueryArgs(params);
  }

  @Override
  public List<String> values(Param<?> param) {
    String[] v = params.get(param.name());
    return v == null ? List.of() : Arrays.stream(v).filter(s -> !s.isBlank()).toList();
  }
}
