package io.github.mlpath.cli;

import io.github.mlpath.core.Curriculum;
import picocli.CommandLine.Option;

/**
 * {@code --skip-gist-edges} of the planning commands: plan without the weaker prerequisites that
 * say a topic needs only the gist of another (Metacademy's shortcuts, {@code mlp:requiresGist}).
 */
final class GistEdgesOption {
  @Option(
      names = "--skip-gist-edges",
      description =
          "Leave out gist edges (a topic needs only the gist of another, as Metacademy's shortcut"
              + " dependencies say): the path trusts you to pick that up on the way.")
  boolean skip;

  /** The curriculum to plan on. */
  Curriculum apply(Curriculum c) {
    return skip ? c.withoutGistEdges() : c;
  }
}
