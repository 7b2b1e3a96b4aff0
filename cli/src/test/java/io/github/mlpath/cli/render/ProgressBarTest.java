package io.github.mlpath.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private long now;
  private final StringWriter text = new StringWriter();
  private final ProgressBar bar = new ProgressBar(new PrintWriter(text), () -> now);

  private void at(long millis) {
    now = millis * 1_000_000;
  }

  @Test
  void theLineSaysTriplesRateHowFarAndTimeLeft() {
    assertEquals(
        "reading g.nt [##########..........] 50% 100,000 triples, 50,000/s, about 0:02 left",
        ProgressBar.line("/data/g.nt", 100_000, 50, 100, 2_000));
  }

  @Test
  void withoutTheInputsSizeItSaysTriplesAndRateOnly() {
    assertEquals(
        "reading classpath:x.ttl 3,000 triples, 1,500/s",
        ProgressBar.line("classpath:x.ttl", 3_000, 10, 0, 2_000));
  }

  @Test
  void aReadShorterThanASecondShowsNothing() {
    at(0);
    bar.update("g.nt", 1, 1, 10);
    at(900);
    bar.update("g.nt", 2, 2, 10);
    bar.finish();
    assertEquals("", text.toString());
  }

  @Test
  void aLongerReadIsDrawnInPlaceAtMostFiveTimesASecondAndErasedAtTheEnd() {
    at(0);
    bar.update("g.nt", 1, 1, 10);
    at(1_100);
    bar.update("g.nt", 5, 5, 10);
    at(1_150);
    bar.update("g.nt", 6, 6, 10);
    at(1_400);
    bar.update("g.nt", 8, 8, 10);
    bar.finish();
    String out = text.toString();
    assertEquals(3, out.split("\r\u001b\\[K", -1).length - 1, out);
    assertTrue(out.contains("50%") && out.contains("80%") && !out.contains("60%"), out);
    assertTrue(out.endsWith("\r\u001b[K"), out);
  }
}
