package io.github.mlpath.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void newlinesEscapesAndBidiOverridesAreShownEscaped() {
    assertEquals(
        "back\\npropa\\e[31mgation\\u202Eevil\\u0007",
        Terminal.safe("back\npropa\u001b[31mgation\u202Eevil\u0007"));
  }

  @Test
  void plainAndNonLatinTextIsUnchanged() {
    String s = "Dérivées — 微分 (derivatives)";
    assertSame(s, Terminal.safe(s));
  }

  @Test
  void outputForATerminalKeepsItsLinesAndTabsAndEscapesTheRest() throws java.io.IOException {
    java.io.StringWriter to = new java.io.StringWriter();
    try (java.io.Writer w = Terminal.lines(to)) {
      w.write("1\tback\u001b[2Jprop\u202Eagation\r\n");
      w.write('\u0007');
    }
    assertEquals("1\tback\\e[2Jprop\\u202Eagation\\r\n\\u0007", to.toString());
  }

  @Test
  void c1ControlsAndDeleteAreEscaped() {
    assertEquals("a\\u009Bb\\u007Fc", Terminal.safe("a\u009bb\u007fc"));
  }
}
