package io.github.mlpath.cli.request;

import java.util.List;

/**
 * The raw values of one request, as the user typed them: the command line's options and arguments,
 * or a URL's query parameters. {@link Param} parses and checks them, the same way for both.
 */
public interface Args {

  /**
   * The values given for {@code param}, in order; empty when it was not given. A flag given on the
   * command line has the value {@code "true"}.
   */
  List<String> values(Param<?> param);
}
