package io.github.mlpath.core.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Sm2Test {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void aLearnedTopicIsDueTheNextDay() {
    ReviewCard c = Sm2.learned("derivatives", DAY);
    assertEquals(DAY.plusDays(1), c.due());
    assertEquals(2.5, c.ease());
  }

  @Test
  void goodReviewsSpaceOutAsOneSixThenTimesTheEase() {
    ReviewCard c = Sm2.learned("derivatives", DAY);
    c = Sm2.review(c, Grade.GOOD, DAY.plusDays(1));
    assertEquals(6, c.interval());
    c = Sm2.review(c, Grade.GOOD, c.due());
    assertEquals(15, c.interval());
    c = Sm2.review(c, Grade.GOOD, c.due());
    assertEquals(38, c.interval(), "15 * 2.5 = 37.5, rounded up");
    assertEquals(4, c.repetitions());
    assertEquals(2.5, c.ease(), "quality 4 leaves the ease as it is");
  }

  @Test
  void hardLowersTheEaseAndEasyRaisesIt() {
    ReviewCard c = Sm2.learned("derivatives", DAY);
    assertEquals(2.36, Sm2.review(c, Grade.HARD, DAY.plusDays(1)).ease(), 1e-9);
    assertEquals(2.6, Sm2.review(c, Grade.EASY, DAY.plusDays(1)).ease(), 1e-9);
  }

  @Test
  void theEaseNeverFallsBelowOnePointThree() {
    ReviewCard c = Sm2.learned("derivatives", DAY);
    for (int i = 0; i < 20; i++) {
      c = Sm2.review(c, Grade.HARD, c.due());
    }
    assertEquals(Sm2.MIN_EASE, c.ease());
  }

  @Test
  void forgettingStartsTheRepetitionsAgainButKeepsTheEase() {
    ReviewCard c = Sm2.learned("derivatives", DAY);
    c = Sm2.review(c, Grade.EASY, DAY.plusDays(1));
    c = Sm2.review(c, Grade.AGAIN, c.due());
    assertEquals(1, c.interval());
    assertEquals(1, c.repetitions());
    assertEquals(2.6, c.ease(), 1e-9);
    assertEquals(1, c.lapses());
  }

  @Test
  void implicitCreditOnTheDayOfTheLastReviewCountsForNothing() {
    ReviewCard c = Sm2.learned("derivatives", DAY);
    assertEquals(c, Sm2.credit(c, 0.5, DAY));
  }

  @Test
  void implicitCreditIsDiscountedWhenItComesEarlyAndAddsUpToARepetition() {
    ReviewCard c = Sm2.review(Sm2.learned("derivatives", DAY), Grade.GOOD, DAY.plusDays(1));
    LocalDate last = c.last();
    ReviewCard half = Sm2.credit(c, 0.5, last.plusDays(3));
    assertEquals(2.25, half.repetitions(), "0.5 credit, half the 6-day interval gone");
    assertEquals(c.due(), half.due(), "no whole repetition yet, so the due date stays");
    ReviewCard full = Sm2.credit(Sm2.credit(half, 0.5, last.plusDays(6)), 0.25, last.plusDays(6));
    assertEquals(3, full.repetitions());
    assertEquals(15, full.interval(), "the third repetition, as if reviewed good that day");
    assertEquals(last.plusDays(6 + 15), full.due());
  }
}
