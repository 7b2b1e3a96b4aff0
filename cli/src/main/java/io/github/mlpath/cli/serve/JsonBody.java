package io.github.mlpath.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpath.cli.request.RequestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of a write: parsed, and, for an operation, read as its parameters ({@code {"topic":
 * ["derivatives"], "hard": true}} is {@code topic=derivatives&hard=true}). A body that is not JSON,
 * or a field that is neither a string, a number, true/false nor a list of them, is a {@link
 * RequestException} (400).
 */
final class JsonBody {
  private static final ObjectMapper READER = new ObjectMapper();

  private JsonBody() {}

  /** The body as JSON; an empty body is the empty object. */
  static JsonNode parse(byte[] body) {
    try {
      JsonNode json = body.length == 0 ? null : READER.readTree(body);
      return json == null ? READER.createObjectNode() : json;
    } catch (JsonProcessingException e) {
      throw new RequestException(
          ("the body is not JSON: " + e.getOriginalMessage()).replace("%", "%%"));
    } catch (IOException e) {
      throw new RequestException("the body cannot be read");
    }
  }

  /** The fields of a JSON object as parameters, each with its values as text. */
  static Map<String, String[]> params(JsonNode body) {
    if (!body.isObject()) {
      throw new RequestException("the body must be a JSON object");
    }
    Map<String, String[]> out = new LinkedHashMap<>();
    body.fields().forEachRemaining(f -> out.put(f.getKey(), values(f.getKey(), f.getValue())));
    return out;
  }

  private static String[] values(String field, JsonNode value) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : value.isArray() ? value : List.of(value)) {
      if (v.isNull()) {
        continue;
      }
      if (!v.isValueNode()) {
        throw new RequestException(
            ("'" + field + "' must be a string, a number, true or false, or a list of them")
                .replace("%", "%%"));
      }
      out.add(v.asText());
    }
    return out.toArray(String[]::new);
  }
}
