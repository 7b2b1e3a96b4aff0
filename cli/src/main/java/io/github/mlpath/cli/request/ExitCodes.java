package io.github.mlpath.cli.request;

/**
 * The exit codes of every mlpath command, as documented in the README.
 *
 * <ul>
 *   <li>{@value #OK}: success (for {@code validate}: no errors; warnings alone keep 0)
 *   <li>{@value #INTERNAL}: a bug in mlpath; run again with {@code --debug} for the stack trace
 *   <li>{@value #USAGE}: bad usage: unknown option, bad value, unknown topic name
 *   <li>{@value #UNREADABLE}: an input file or folder cannot be read, or is not a regular file; an
 *       output cannot be written (a full disk, standard output failing, {@code --out} onto a folder
 *       or a special file)
 *   <li>{@value #BAD_DATA}: the data is wrong: a syntax error, a validation error, a cycle
 *   <li>{@value #STORE}: the store cannot be used: no store in the folder, another process has it
 *       open, an endpoint that does not answer within {@code --timeout}; for {@code serve}, a port
 *       in use
 *   <li>{@value #TIMEOUT}: a query ran longer than its timeout
 *   <li>{@value #CLOSED_PIPE}: standard output was closed early (128 + SIGPIPE); nothing is said
 * </ul>
 */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int UNREADABLE = 3;
  public static final int BAD_DATA = 4;
  public static final int STORE = 5;
  public static final int TIMEOUT = 6;
  public static final int CLOSED_PIPE = 141;
}
