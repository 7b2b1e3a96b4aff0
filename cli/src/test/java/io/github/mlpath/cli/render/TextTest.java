package io.github.mlpath.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {
  private static void sameAsFormat(double h) {
    assertEquals(String.format(Locale.ROOT, "%.1f", h), Text.tenths(h), "hours " + h);
  }

  @Test
  void hoursAreWrittenWithOneDecimalRoundedHalfUp() {
    assertEquals("1.5 h", Text.hours(1.5));
    assertEquals("0.3 h", Text.hours(0.25));
    assertEquals("65645.0 h", Text.hours(65645));
    assertEquals("2.0 h", Text.hours(1.95));
  }

  @Test
  void tenthsAgreeWithStringFormatOnEveryHundredthAndThousandth() {
    for (int i = 0; i <= 200_000; i++) {
      sameAsFormat(i / 100.0);
      sameAsFormat(i / 1000.0);
    }
  }

  @Test
  void tenthsAgreeWithStringFormatOnSumsAndOddValues() {
    Random random = new Random(42);
    double total = 0;
    for (int i = 0; i < 100_000; i++) {
      total += random.nextInt(400) / 60.0;
      sameAsFormat(total);
      sameAsFormat(random.nextDouble() * Math.pow(10, random.nextInt(20) - 5));
    }
    for (double odd :
        new double[] {
          -0.0, -0.04, -1.25, 1e15, 1e300, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY
        }) {
      sameAsFormat(odd);
    }
  }
}
