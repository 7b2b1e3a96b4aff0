package io.github.mlpath.graph.load;

import io.github.mlpath.graph.LoadException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Makes JSON-LD as strict about node names as Turtle: every {@code @id} (and every {@code @type}
 * written as an IRI) must be a blank node {@code _:x}, an absolute IRI, or a compact IRI whose
 * prefix an inline {@code @context} defines, and what it expands to must be a valid IRI. A JSON-LD
 * parser would silently drop a node with a bad IRI, or resolve a relative one against the file's
 * own {@code file:} IRI, so a path on the user's machine would become a topic. Errors carry the
 * line and column of the value.
 */
final class JsonLdIds {
  private JsonLdIds() {}

  /**
   * Checks every {@code @id} of a parsed document.
   *
   * @param prefixes the term definitions of all inline contexts (term to IRI)
   */
  static void check(String source, String text, Map<String, String> prefixes) {
    try (JsonParser p = Json.createParser(new StringReader(text))) {
      Deque<String> keys = new ArrayDeque<>();
      String key = null;
      while (p.hasNext()) {
        JsonParser.Event e = p.next();
        switch (e) {
          case KEY_NAME -> key = p.getString();
          case START_OBJECT, START_ARRAY -> {
            keys.push(key == null ? "" : key);
            key = null;
          }
          case END_OBJECT, END_ARRAY -> {
            if (!keys.isEmpty()) {
              keys.pop();
            }
            key = null;
          }
          case VALUE_STRING -> {
            String owner = key != null ? key : keys.isEmpty() ? "" : keys.peek();
            if (owner.equals("@id") && !insideContext(keys)) {
              checkId(source, p.getString(), prefixes, p.getLocation());
            } else if (owner.equals("@type") && !insideContext(keys)) {
              checkType(source, p.getString(), prefixes, p.getLocation());
            }
            key = null;
          }
          default -> key = null;
        }
      }
    } catch (JsonParsingException e) {
      throw error(source, e.getLocation(), "JSON syntax error: " + e.getMessage());
    }
  }

  /** The term definitions (prefixes) of every inline context in the document. */
  static Map<String, String> prefixes(JsonValue root) {
    Map<String, String> out = new HashMap<>();
    Deque<JsonValue> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonValue v = todo.pop();
      if (v instanceof JsonObject o) {
        JsonValue ctx = o.get("@context");
        if (ctx instanceof JsonObject c) {
          definitions(c, out);
        } else if (ctx != null && ctx.getValueType() == JsonValue.ValueType.ARRAY) {
          ctx.asJsonArray().stream()
              .filter(JsonObject.class::isInstance)
              .forEach(c -> definitions((JsonObject) c, out));
        }
        o.values().forEach(todo::push);
      } else if (v != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
        v.asJsonArray().forEach(todo::push);
      }
    }
    return out;
  }

  private static void definitions(JsonObject context, Map<String, String> out) {
    context.forEach(
        (term, def) -> {
          if (def instanceof JsonString s) {
            out.putIfAbsent(term, s.getString());
          } else if (def instanceof JsonObject o && o.get("@id") instanceof JsonString s) {
            out.putIfAbsent(term, s.getString());
          }
        });
  }

  private static boolean insideContext(Deque<String> keys) {
    return keys.contains("@context");
  }

  private static void checkId(
      String source, String id, Map<String, String> prefixes, JsonLocation at) {
    if (id.startsWith("_:")) {
      return;
    }
    Optional<String> expanded = expand(id, prefixes).or(() -> againstBase(id, prefixes));
    if (expanded.isEmpty()) {
      throw error(
          source,
          at,
          "\"@id\": \""
              + id
              + "\" is not an IRI: a relative reference would name a path on this machine;"
              + " give an absolute IRI, or a compact IRI with a prefix from the @context");
    }
    validate(source, id, expanded.get(), at);
  }

  /** A {@code @type} is checked only when written as an IRI; a bare word is a term. */
  private static void checkType(
      String source, String type, Map<String, String> prefixes, JsonLocation at) {
    if (type.startsWith("@") || (type.indexOf(':') < 0 && !type.contains(" "))) {
      return;
    }
    Optional<String> expanded = expand(type, prefixes);
    if (expanded.isEmpty()) {
      throw error(source, at, "\"@type\": \"" + type + "\" is not an IRI");
    }
    validate(source, type, expanded.get(), at);
  }

  /** The absolute IRI a value names, or empty when it is a relative reference. */
  private static Optional<String> expand(String value, Map<String, String> prefixes) {
    int colon = value.indexOf(':');
    if (colon > 0) {
      String prefix = value.substring(0, colon);
      String rest = value.substring(colon + 1);
      if (prefixes.containsKey(prefix) && !rest.startsWith("//")) {
        return Optional.of(prefixes.get(prefix) + rest);
      }
      if (prefix.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** A relative reference resolved against the context's {@code @base}, when it has one. */
  private static Optional<String> againstBase(String value, Map<String, String> prefixes) {
    String base = prefixes.get("@base");
    if (base == null || base.startsWith("file:")) {
      return Optional.empty();
    }
    try {
      IRIx b = IRIx.create(base);
      return b.isReference() ? Optional.of(b.resolve(value).str()) : Optional.empty();
    } catch (IRIException e) {
      return Optional.empty();
    }
  }

  private static void validate(String source, String value, String iri, JsonLocation at) {
    String why;
    try {
      IRIx parsed = IRIx.create(iri);
      if (!parsed.isReference()) {
        why = "it has no scheme";
      } else if (parsed.hasViolations()) {
        StringBuilder b = new StringBuilder();
        parsed.handleViolations((error, m) -> b.append(b.length() == 0 ? m : "; " + m));
        why = b.toString();
      } else {
        return;
      }
    } catch (IRIException e) {
      why = e.getMessage();
    }
    throw error(source, at, "\"" + value + "\" is not a valid IRI: " + plain(why));
  }

  /**
   * The IRI library's reason in words: "{@code <IRI> Code: 17/WHITESPACE in PATH: A single
   * whitespace character. These match...}" becomes "a single whitespace character in its path".
   */
  static String plain(String why) {
    Matcher m = VIOLATION.matcher(why);
    if (!m.find()) {
      return why;
    }
    String what = m.group(2).strip();
    return Character.toLowerCase(what.charAt(0))
        + what.substring(1)
        + " in its "
        + m.group(1).toLowerCase(Locale.ROOT);
  }

  private static final Pattern VIOLATION = Pattern.compile("Code: \\d+/\\w+ in (\\w+): ([^.]+)");

  private static LoadException error(String source, JsonLocation at, String message) {
    return new LoadException(
        source,
        at == null ? 0 : Math.max(0, at.getLineNumber()),
        at == null ? 0 : Math.max(0, at.getColumnNumber()),
        message);
  }
}
