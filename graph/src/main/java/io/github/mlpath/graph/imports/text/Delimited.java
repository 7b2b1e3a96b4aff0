package io.github.mlpath.graph.imports.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a CSV or TSV file into fields: the delimiter separates fields except inside
 * double quotes, and {@code ""} inside quotes is one quote (RFC 4180, one line at a time). Fields
 * are stripped of surrounding spaces.
 */
public final class Delimited {
  private Delimited() {}

  /** The fields of {@code line}. */
  public static List<String> split(String line, char delimiter) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == delimiter) {
        out.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString().strip());
    return out;
  }
}
