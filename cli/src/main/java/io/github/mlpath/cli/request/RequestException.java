package io.github.mlpath.cli.request;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A request that cannot be answered as asked: a missing, malformed or out-of-range parameter, or
 * parameters that do not go together. The root of the cli module's own exceptions. It names the
 * parameters in the user's terms: {@code --start} on the command line, {@code start} in a URL.
 */
public class RequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String template;
  private final transient List<Param<?>> params;

  /**
   * A problem with {@code params}, described by {@code template}, in which each {@code %s} stands
   * for the name of the next parameter.
   */
  public RequestException(String template, Param<?>... params) {
    super(format(template, Arrays.asList(params), Param::name));
    this.template = template;
    this.params = List.of(params);
  }

  /** A value of {@code param} that is not valid: "NAME: DETAIL". */
  public static RequestException badValue(Param<?> param, String detail) {
    return new RequestException("%s: " + detail.replace("%", "%%"), param);
  }

  /** The message with each parameter named by {@code naming}, such as {@link Param#cliName}. */
  public String message(Function<Param<?>, String> naming) {
    return format(template, params, naming);
  }

  private static String format(
      String template, List<Param<?>> params, Function<Param<?>, String> naming) {
    return String.format(template, params.stream().map(naming).toArray());
  }
}
