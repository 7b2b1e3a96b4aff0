package io.github.mlpath.cli.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.mlpath.core.Slugged;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicDetails;
import java.io.IOException;
import java.util.function.Function;

/**
 * The one JSON writer of the CLI and the API: records as they are (never a hand-built tree), with
 * empty optionals left out, durations and dates in ISO 8601, and enums by their lower-case slugs.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .registerModule(slugs())
          .addMixIn(Topic.class, FlatTopic.class)
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private static final ObjectWriter COMPACT =
      MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** A topic's details are written as its own fields, as a reader of the JSON sees a topic. */
  private abstract static class FlatTopic {
    @JsonUnwrapped
    abstract TopicDetails details();
  }

  /**
   * {@code value} as UTF-8 JSON on one line, without pretty-printing: for the server, where size
   * and allocation matter more than looks.
   */
  public static byte[] compact(Object value) {
    try {
      return COMPACT.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** {@code value} as pretty-printed JSON, for the command line. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static SimpleModule slugs() {
    SimpleModule m = new SimpleModule("mlpath-slugs");
    m.addSerializer(Slugged.class, slug(Slugged::slug));
    return m;
  }

  private static <T> JsonSerializer<T> slug(Function<T, String> f) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider p) throws IOException {
        gen.writeString(f.apply(value));
      }
    };
  }
}
