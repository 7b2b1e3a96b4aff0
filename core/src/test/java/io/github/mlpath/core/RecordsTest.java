package io.github.mlpath.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordsTest {
  /** A record as mlpath writes them: a primitive, a copied list, and two checked components. */
  record Sample(String name, int count, List<String> tags, Optional<String> note) {
    Sample {
      Records.requireNonNull(Sample.class, name, note);
      tags = List.copyOf(tags);
    }
  }

  /** A record whose check leaves out a component. */
  record Forgetful(String name, Optional<String> note) {
    Forgetful {
      Records.requireNonNull(Forgetful.class, name);
    }
  }

  /** A record whose check gives its components out of order. */
  record Swapped(String name, Optional<String> note) {
    Swapped {
      Records.requireNonNull(Swapped.class, note, name);
    }
  }

  @Test
  void rejectsANullComponentAndNamesIt() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new Sample("a", 1, List.of(), null));
    assertEquals("note", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> new Sample(null, 1, List.of(), null));
    assertEquals("name", e.getMessage());
  }

  @Test
  void takesARecordWhoseComponentsAreAllThere() {
    assertDoesNotThrow(() -> new Sample("a", 1, List.of("x"), Optional.empty()));
  }

  @Test
  void withAssertionsOnAComponentLeftOutOrOutOfOrderFailsAtOnce() {
    assertTrue(Records.class.desiredAssertionStatus(), "the tests run with assertions on");
    AssertionError left = assertThrows(AssertionError.class, () -> new Forgetful("a", null));
    assertEquals("Forgetful checks [name, note], in this order", left.getMessage());
    assertThrows(AssertionError.class, () -> new Swapped("a", Optional.empty()));
  }
}
