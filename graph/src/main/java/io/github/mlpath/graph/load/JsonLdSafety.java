package io.github.mlpath.graph.load;

import io.github.mlpath.graph.LoadException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Refuses JSON-LD that would make the parser fetch anything: a {@code @context} given as a URL
 * (remote or {@code file:}), anywhere in the document, or an {@code @import}. Only inline contexts
 * are accepted, so loading never touches the network or the local disk. Then {@link JsonLdIds}
 * checks that every node is named by a valid IRI.
 */
final class JsonLdSafety {
  private JsonLdSafety() {}

  static void check(String source, String text) {
    JsonValue root = parse(source, text);
    if (!(root instanceof JsonObject) && !(root instanceof JsonArray)) {
      throw new LoadException(
          source, 1, 1, "a JSON-LD document is a JSON object or array, not " + kind(root));
    }
    Deque<JsonValue> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonValue v = todo.pop();
      if (v instanceof JsonObject o) {
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
          if (e.getKey().equals("@context")) {
            checkContext(source, e.getValue());
          }
          if (e.getKey().equals("@import")) {
            throw refused(source, "@import of a remote context");
          }
          todo.push(e.getValue());
        }
      } else if (v instanceof JsonArray a) {
        a.forEach(todo::push);
      }
    }
    JsonLdIds.check(source, text, JsonLdIds.prefixes(root));
  }

  /** The one JSON value of the document, or the syntax error at its line and column. */
  private static JsonValue parse(String source, String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw new LoadException(source, 1, 1, "empty JSON-LD document");
      }
      parser.next();
      JsonValue root = parser.getValue();
      if (parser.hasNext()) {
        parser.next();
        var at = parser.getLocation();
        throw new LoadException(
            source,
            at.getLineNumber(),
            at.getColumnNumber(),
            "JSON syntax error: more after the end of the document");
      }
      return root;
    } catch (JsonParsingException e) {
      var loc = e.getLocation();
      throw new LoadException(
          source,
          loc == null ? 0 : loc.getLineNumber(),
          loc == null ? 0 : loc.getColumnNumber(),
          "JSON syntax error: " + e.getMessage());
    } catch (StackOverflowError e) {
      throw new LoadException(source, 0, 0, "JSON nested too deep");
    }
  }

  private static String kind(JsonValue v) {
    return switch (v.getValueType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case NULL -> "null";
      default -> "true or false";
    };
  }

  private static void checkContext(String source, JsonValue context) {
    if (context.getValueType() == JsonValue.ValueType.STRING) {
      throw refused(source, "@context " + context + " is a reference");
    }
    if (context instanceof JsonArray a) {
      for (JsonValue item : a) {
        if (item.getValueType() == JsonValue.ValueType.STRING) {
          throw refused(source, "@context " + item + " is a reference");
        }
      }
    }
  }

  private static LoadException refused(String source, String what) {
    return new LoadException(
        source, 0, 0, what + "; mlpath never fetches JSON-LD contexts: put the context inline");
  }
}
