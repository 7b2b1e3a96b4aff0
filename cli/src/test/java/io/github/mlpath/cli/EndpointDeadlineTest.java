package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.graph.store.SlowServer;
import org.junit.jupiter.api.Test;

/**
 * An endpoint that never answers, trickles its answer or stalls in the middle of it stops a command
 * at {@code --timeout} with exit 5 and one line naming it: a child JVM against real misbehaving
 * servers (a stalled one would hang a command that waited for its next byte: the test's bound).
 */
class EndpointDeadlineTest {
  @Test
  void pathAgainstASilentEndpointIsExit5AtItsTimeout() throws Exception {
    try (SlowServer silent = SlowServer.silent()) {
      MlpathProcess.Result r =
          MlpathProcess.run(
              "path", "--goal", "backpropagation", "--endpoint", silent.url(), "--timeout", "2");
      assertEquals(ExitCodes.STORE, r.exitCode(), r.err());
      assertEquals(
          "mlpath: endpoint "
              + silent.url()
              + " did not answer within 2 s; check that it is up, or raise --timeout",
          r.err().strip());
    }
  }

  @Test
  void queryAgainstATricklingEndpointIsExit5AtItsTimeout() throws Exception {
    try (SlowServer trickle = SlowServer.trickling()) {
      MlpathProcess.Result r =
          MlpathProcess.run(
              "query", "--endpoint", trickle.url(), "--timeout", "2", "ASK { ?s ?p ?o }");
      assertEquals(ExitCodes.STORE, r.exitCode(), r.err());
      assertEquals(1, r.errLines().size(), r.err());
      assertTrue(r.err().contains(trickle.url() + " did not answer within 2 s"), r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void anEndpointThatStallsMidAnswerIsExit5AtItsTimeoutNotWhenItSendsAgain() throws Exception {
    try (SlowServer stalled = SlowServer.stalling()) {
      for (String command : new String[] {"query", "path"}) {
        MlpathProcess.Result r =
            command.equals("query")
                ? MlpathProcess.run(
                    "query", "--endpoint", stalled.url(), "--timeout", "2", "ASK { ?s ?p ?o }")
                : MlpathProcess.run(
                    "path",
                    "--goal",
                    "backpropagation",
                    "--endpoint",
                    stalled.url(),
                    "--timeout",
                    "2");
        assertEquals(ExitCodes.STORE, r.exitCode(), command + ": " + r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains(stalled.url() + " did not answer within 2 s"), r.err());
      }
    }
  }

  @Test
  void anEndpointThatIsNotAUrlIsUsageWithoutJavaNames() {
    Run r = Run.of("path", "--goal", "backpropagation", "--endpoint", "not a url");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains("'not a url' is not an http or https URL"), r.err());
    assertFalse(r.err().contains("java."), r.err());
  }

  @Test
  void aTimeoutOutOfRangeIsUsage() {
    for (String t : new String[] {"0", "-1", "86401", "NaN"}) {
      Run r = Run.of("query", "--timeout", t, "ASK {}");
      assertEquals(ExitCodes.USAGE, r.exitCode(), t + ": " + r.err());
    }
  }
}
