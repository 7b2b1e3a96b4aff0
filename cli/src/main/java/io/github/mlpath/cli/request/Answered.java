package io.github.mlpath.cli.request;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An answer given despite errors elsewhere in the data, as JSON: the answer's own fields, and
 * {@code ignoredProblems} beside them.
 *
 * @param answer the answer
 * @param ignoredProblems what it ignored
 * @param <R> the answer's type
 */
public record Answered<R>(@JsonUnwrapped R answer, IgnoredProblems ignoredProblems) {}
