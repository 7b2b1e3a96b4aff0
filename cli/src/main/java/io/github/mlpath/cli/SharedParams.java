package io.github.mlpath.cli;

import io.github.mlpath.cli.request.Param;
import java.util.List;

/**
 * A command (not an operation) that takes some of the shared {@link Param}s too; {@link Main}
 * declares them as its options, and the command reads them with {@link CliArgs}.
 */
interface SharedParams {
  /** The shared parameters this command takes. */
  List<Param<?>> sharedParams();
}
