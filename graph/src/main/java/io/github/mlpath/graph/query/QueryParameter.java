package io.github.mlpath.graph.query;

/**
 * A parameter of a named query: a {@code VALUES} clause of one variable and one value in the query,
 * declared in its header by a line {@code # param: NAME: what it is}. The value in the query is the
 * default; {@code mlpath query --named QUERY --param NAME=VALUE} replaces it. Immutable.
 *
 * @param name the variable's name, without {@code ?}
 * @param description what the value stands for, from the header line
 * @param defaultValue the value in the query, written as it is given: a topic, resource or area by
 *     its id ({@code dot-product}), a text as it is ({@code Gilbert Strang})
 */
public record QueryParameter(String name, String description, String defaultValue) {}
