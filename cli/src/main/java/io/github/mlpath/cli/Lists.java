package io.github.mlpath.cli;

import java.util.ArrayList;
import java.util.List;

/** Small list helpers for the commands. */
final class Lists {
  private Lists() {}

  /** {@code a} followed by {@code b}, as a new list. */
  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
