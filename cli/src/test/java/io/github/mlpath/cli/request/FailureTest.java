package io.github.mlpath.cli.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.core.AmbiguousTopicException;
import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.UnknownTopicException;
import io.github.mlpath.graph.LoadException;
import io.github.mlpath.graph.QueryTimeoutException;
import io.github.mlpath.graph.SourceUnreadableException;
import io.github.mlpath.graph.StoreInUseException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FailureTest {
  @Test
  void eachExceptionMapsToTheExitCodeAndStatusTheReadmeDocuments() {
    assertEquals(Failure.USAGE, Failure.of(new RequestException("missing %s", Params.GOAL)));
    assertEquals(Failure.USAGE, Failure.of(new AmbiguousTopicException("x", List.of("a", "b"))));
    assertEquals(Failure.UNKNOWN_TOPIC, Failure.of(new UnknownTopicException("x", List.of())));
    assertEquals(Failure.UNREADABLE, Failure.of(new SourceUnreadableException("f", "gone")));
    assertEquals(Failure.BAD_DATA, Failure.of(new LoadException("f.ttl", 1, 2, "bad")));
    assertEquals(Failure.BAD_DATA, Failure.of(new CycleException(List.of("a", "b", "a"))));
    assertEquals(
        Failure.STORE, Failure.of(new StoreInUseException("dir", OptionalLong.of(7), null)));
    assertEquals(
        Failure.TIMEOUT, Failure.of(new QueryTimeoutException(Duration.ofSeconds(1), null)));
    assertEquals(Failure.INTERNAL, Failure.of(new IllegalStateException("bug")));
    assertEquals(2, Failure.UNKNOWN_TOPIC.exitCode());
    assertEquals(404, Failure.UNKNOWN_TOPIC.httpStatus());
    assertEquals(503, Failure.STORE.httpStatus());
  }

  @Test
  void aRequestExceptionNamesParametersAsEachSideSpellsThem() {
    RequestException e = new RequestException("%s needs %s", Params.START, Params.HOURS_PER_WEEK);
    assertEquals("start needs hours-per-week", e.getMessage());
    assertEquals("--start needs --hours-per-week", e.message(Param::cliName));
  }
}
