package io.github.mlpath.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An endpoint's answer is read as it arrives, with no graph built on the way: the same triple sent
 * twice counts once, and an answer that does not parse or ends early is refused in one line naming
 * the endpoint, never planned on. The answers are files under {@code fixtures/endpoint/}.
 */
class StreamedAnswerTest {
  private static final String NT = "application/n-triples";

  @Test
  void anAnswerWithEveryTripleTwiceIsReadAsTheGraphItIs() throws Exception {
    Curriculum once = closure(fixture("two-topics.nt"), NT);
    Curriculum twice = closure(fixture("two-topics-twice.nt"), NT);
    PathRequest r = PathRequest.to("derivatives");
    assertEquals(2, once.size());
    assertEquals(once.size(), twice.size());
    assertEquals(once.edgeCount(), twice.edgeCount());
    assertEquals(Planner.of(once).path(r), Planner.of(twice).path(r));
  }

  @Test
  void anAnswerCutInTheMiddleOfALineIsRefusedInOneLine() throws Exception {
    assertRefused(fixture("cut-mid-line.nt"), NT, 0);
  }

  @Test
  void anAnswerShorterThanItsAnnouncedLengthIsRefusedInOneLine() throws Exception {
    assertRefused(fixture("two-topics.nt"), NT, 500);
  }

  @Test
  void aTurtleAnswerThatDoesNotParseIsRefusedInOneLine() throws Exception {
    assertRefused(fixture("broken.ttl"), "text/turtle", 0);
  }

  private static void assertRefused(byte[] body, String type, int missing) throws IOException {
    try (FakeEndpoint endpoint = FakeEndpoint.answering(body, type, missing)) {
      StoreException e =
          assertThrows(
              StoreException.class,
              () -> Stores.endpoint(endpoint.url()).closureOf(List.of("derivatives")));
      assertTrue(e.getMessage().startsWith("endpoint " + endpoint.url() + " "), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
  }

  private static Curriculum closure(byte[] body, String type) throws IOException {
    try (FakeEndpoint endpoint = FakeEndpoint.answering(body, type, 0)) {
      return Stores.endpoint(endpoint.url()).closureOf(List.of("derivatives"));
    }
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        StreamedAnswerTest.class.getResourceAsStream("/fixtures/endpoint/" + name)) {
      return in.readAllBytes();
    }
  }
}
