package io.github.mlpath.cli.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void listsSplitAtCommasOutsideDoubleQuotes() {
    assertEquals(List.of("a", "b c", "d"), Values.split(" a, b c ,,d "));
    assertEquals(List.of("Bayes, Thomas", "x"), Values.split("\"Bayes, Thomas\",x"));
    assertEquals(List.of("say \"hi\""), Values.split("\"say \"\"hi\"\"\""));
    assertEquals(List.of("a,b"), Values.split(Values.quoted("a,b")));
    var e = assertThrows(IllegalArgumentException.class, () -> Values.split("\"open"));
    assertEquals("\"open has a double quote that is not closed", e.getMessage());
  }

  @Test
  void numbersAndDatesAreCheckedWithTheValueInTheMessage() {
    assertEquals(3, Values.wholeNumber(1, 10).apply("3"));
    assertEquals(
        "must be from 1 to 10, not 0",
        assertThrows(IllegalArgumentException.class, () -> Values.wholeNumber(1, 10).apply("0"))
            .getMessage());
    assertEquals(
        "2.5 is not a whole number",
        assertThrows(IllegalArgumentException.class, () -> Values.wholeNumber(1, 10).apply("2.5"))
            .getMessage());
    assertEquals(
        "must be from 0.5 to 168, not 169",
        assertThrows(IllegalArgumentException.class, () -> Values.number(0.5, 168).apply("169"))
            .getMessage());
    assertEquals(
        "must be from 0.5 to 168, not NaN",
        assertThrows(IllegalArgumentException.class, () -> Values.number(0.5, 168).apply("NaN"))
            .getMessage());
    assertEquals(
        "must be from 1970-01-01 to 2299-12-31, not 2300-01-01",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Values.date(LocalDate.of(1970, 1, 1), LocalDate.of(2299, 12, 31))
                        .apply("2300-01-01"))
            .getMessage());
    assertEquals(LocalDate.of(2027, 2, 28), Values.date("2027-02-28"));
    assertEquals(
        "2027-02-30 is not a date (YYYY-MM-DD)",
        assertThrows(IllegalArgumentException.class, () -> Values.date("2027-02-30")).getMessage());
  }

  @Test
  void slugsIgnoreCaseAndListTheChoices() {
    var strategy = Values.slug(new String[] {"jit", "math-first"}, s -> s);
    assertEquals("math-first", strategy.apply("Math-First"));
    assertEquals(
        "alpha is not one of jit, math-first",
        assertThrows(IllegalArgumentException.class, () -> strategy.apply("alpha")).getMessage());
  }

  @Test
  void flagsAreTrueOrFalse() {
    assertEquals(true, Values.bool("yes"));
    assertEquals(false, Values.bool("0"));
    assertThrows(IllegalArgumentException.class, () -> Values.bool("maybe"));
  }
}
