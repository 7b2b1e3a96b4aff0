package io.github.mlpath.cli.request;

import io.github.mlpath.core.AmbiguousTopicException;
import io.github.mlpath.core.CurriculumException;
import io.github.mlpath.core.InvalidRequestException;
import io.github.mlpath.core.UnknownTopicException;
import io.github.mlpath.core.learner.LearnerException;
import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.QueryRefusedException;
import io.github.mlpath.graph.QuerySyntaxException;
import io.github.mlpath.graph.QueryTimeoutException;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.StoreException;
import java.util.Map;
import picocli.CommandLine.ParameterException;

/**
 * What kind of failure an exception is, with its exit code (README, "Exit codes") and its HTTP
 * status: the one mapping the command line and the server share. An exception maps by its nearest
 * class in {@link #BY_TYPE}; anything else is a bug in mlpath.
 */
public enum Failure {
  /** Bad usage: a bad option or parameter, an ambiguous name, a refused or malformed query. */
  USAGE(ExitCodes.USAGE, 400),
  /** A topic name that names nothing (usage on the command line, 404 over HTTP). */
  UNKNOWN_TOPIC(ExitCodes.USAGE, 404),
  /**
   * A change the learner's profile does not allow, such as reviewing a topic never learned (usage
   * on the command line, 409 over HTTP).
   */
  REFUSED(ExitCodes.USAGE, 409),
  /** A file or folder that cannot be read or written. */
  UNREADABLE(ExitCodes.UNREADABLE, 500),
  /** Data that is wrong: a syntax error, a validation error, a cycle. */
  BAD_DATA(ExitCodes.BAD_DATA, 422),
  /** A store that cannot be used. */
  STORE(ExitCodes.STORE, 503),
  /** A query that ran past its timeout. */
  TIMEOUT(ExitCodes.TIMEOUT, 503),
  /** A bug in mlpath. */
  INTERNAL(ExitCodes.INTERNAL, 500);

  private static final Map<Class<? extends Throwable>, Failure> BY_TYPE =
      Map.ofEntries(
          Map.entry(RequestException.class, USAGE),
          Map.entry(ParameterException.class, USAGE),
          Map.entry(InvalidRequestException.class, USAGE),
          Map.entry(AmbiguousTopicException.class, USAGE),
          Map.entry(QuerySyntaxException.class, USAGE),
          Map.entry(QueryRefusedException.class, USAGE),
          Map.entry(UnknownTopicException.class, UNKNOWN_TOPIC),
          Map.entry(LearnerException.class, REFUSED),
          Map.entry(SourceUnreadableException.class, UNREADABLE),
          Map.entry(StoreException.class, STORE),
          Map.entry(QueryTimeoutException.class, TIMEOUT),
          Map.entry(CurriculumException.class, BAD_DATA),
          Map.entry(GraphException.class, BAD_DATA));

  private final int exitCode;
  private final int httpStatus;

  Failure(int exitCode, int httpStatus) {
    this.exitCode = exitCode;
    this.httpStatus = httpStatus;
  }

  /** The kind of {@code e}: that of its nearest class with a kind, else {@link #INTERNAL}. */
  public static Failure of(Throwable e) {
    for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
      Failure f = BY_TYPE.get(c);
      if (f != null) {
        return f;
      }
    }
    return INTERNAL;
  }

  /** The process exit code. */
  public int exitCode() {
    return exitCode;
  }

  /** The HTTP status of an API answer. */
  public int httpStatus() {
    return httpStatus;
  }
}
