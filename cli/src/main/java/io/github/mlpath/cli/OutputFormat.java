package io.github.mlpath.cli;

/** The output formats of reporting commands. */
public enum OutputFormat {
  text,
  json
}
