package io.github.mlpath.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.SeriesFixture;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoursModelTest {
  private final Curriculum c = SeriesFixture.curriculum();
  private final HoursModel model = HoursModel.DEFAULT;

  private TopicHours hours(String topic, String resource) {
    Optional<Resource> r = c.resource(resource);
    return model.hours(c, c.indexOf(topic).getAsInt(), r);
  }

  @Test
  void aVideoCountsOneAndAHalfTimesItsLengthPlusPractice() {
    TopicHours h = hours("matrix-multiplication", "ep3");
    assertEquals(15 + 60, h.minutes(), "10 min x 1.5 + 1 h practice for a math topic");
    assertFalse(h.estimated());
  }

  @Test
  void aResourceSharedByTopicsIsSplitAndEveryPartOfItsSeriesThatTeachesTheTopicCounts() {
    // vectors: all of episode 1 (10 min) and half of episode 2 (12 min / 2 topics) = 16 min
    TopicHours vectors = hours("vectors", "ep1");
    assertEquals(24 + 60, vectors.minutes());
    assertTrue(vectors.basis().startsWith("2 parts of its series"), vectors.basis());
    // matrices: half of episode 2 only
    assertEquals(9 + 60, hours("matrices", "ep2").minutes());
  }

  @Test
  void pagesAreReadAtEightAnHourAndAStatedTimeCountsAsItIs() {
    // 6 pages (22-27) over two topics: 3 pages at 8 an hour = 22.5 min, x 1.5 = 34 min
    assertEquals(34 + 60, hours("matrices", "book-2-2").minutes());
    // a 3-hour course unit over two topics: 90 minutes, practice included
    TopicHours unit = hours("eigenvalues", "unit");
    assertEquals(90, unit.minutes());
    assertEquals("stated time 3 h, 1 of 2 topics", unit.basis());
  }

  @Test
  void withNoSizeTheFlatEstimateIsUsedAndMarked() {
    TopicHours h = model.hours(c, c.indexOf("eigenvalues").getAsInt(), Optional.empty());
    assertTrue(h.estimated());
    assertEquals(90, h.minutes(), "1.5 h for a math topic");
    assertEquals("estimate for a math topic", h.basis());
  }

  @Test
  void aFactorIsWrittenAsPercentTwoFWritesItWithoutItsTrailingZeros() {
    java.util.Random random = new java.util.Random(10);
    for (int i = 0; i < 50_000; i++) {
      double x =
          switch (i % 4) {
            case 0 -> random.nextInt(100_000) / 1000.0; // ties such as 1.005 and 2.675
            case 1 -> random.nextDouble() * 10;
            case 2 -> Math.scalb(random.nextDouble(), random.nextInt(80) - 40);
            default -> random.nextInt(1000) / 8.0;
          };
      if (x == 0) {
        continue;
      }
      String expected =
          x == Math.rint(x)
              ? String.valueOf((long) x)
              : String.format(java.util.Locale.ROOT, "%.2f", x).replaceAll("0+$", "");
      assertEquals(expected, HoursModel.number(x), "for " + x);
    }
  }
}
