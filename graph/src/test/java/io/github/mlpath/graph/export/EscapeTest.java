package io.github.mlpath.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void dotEscapesQuotesBackslashesNewlinesAndAmpersands() {
    assertEquals("\"a \\\"b\\\" \\\\n &amp; <c>\\nd\"", Escape.dot("a \"b\" \\n & <c>\nd"));
  }

  @Test
  void xmlEscapesMarkupAndKeepsNewlinesAsCharacterReferences() {
    assertEquals("&lt;a&gt; &amp;amp; &quot;q&quot;&#10;é😀", Escape.xml("<a> &amp; \"q\"\né😀"));
  }

  @Test
  void xmlReplacesWhatXmlCannotCarry() {
    assertEquals("a\uFFFDb\uFFFD", Escape.xml("a\u0001b\uD800"));
  }

  @Test
  void jsonCannotEndAScriptElement() {
    assertEquals(
        "\"\\u003c/script\\u003e \\\"x\\\" \\\\ \\n \\u0026 \\u2028 é\"",
        Escape.json("</script> \"x\" \\ \n & \u2028 é"));
  }

  @Test
  void mermaidUsesEntityCodesForItsSyntax() {
    assertEquals(
        "#34;a#34; #60;b#62; #38; #35;1 #92;<br/>é", Escape.mermaid("\"a\" <b> & #1 \\\né"));
  }
}
