package io.github.mlpath.graph.imports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void charactersAnIriCannotHoldArePercentEncodedNotDropped() {
    assertEquals(
        Optional.of("http://example.org/a%7Cb?x=%22y%22%20z"),
        Urls.clean("http://example.org/a|b?x=\"y\" z"));
    assertEquals(
        Optional.of("https://example.org/caf%C3%A9"), Urls.clean("https://example.org/café"));
    assertTrue(Urls.needsCleaning("http://example.org/a|b"));
    assertFalse(Urls.needsCleaning("http://example.org/a"));
  }

  @Test
  void onlyWebAddressesAreKept() {
    assertEquals(Optional.empty(), Urls.clean("ftp://example.org/"));
    assertEquals(Optional.empty(), Urls.clean("#page=4"));
  }

  @Test
  void wikipediaAddressesTakeOneForm() {
    assertEquals(
        Optional.of("https://en.wikipedia.org/wiki/Dot_product"),
        Urls.wikipedia("http://en.wikipedia.org/wiki/Dot_product"));
    assertEquals(
        Optional.of("https://en.wikipedia.org/wiki/Autoencoder#Variational_autoencoder_(VAE)"),
        Urls.wikipedia(
            "https://en.m.wikipedia.org/wiki/Autoencoder#Variational_autoencoder_(VAE)"));
    assertEquals(Optional.empty(), Urls.wikipedia("https://de.wikipedia.org/wiki/Vektor"));
    assertEquals(
        "https://en.wikipedia.org/wiki/Point_(geometry)",
        Urls.wikipediaOfTitle("Point (geometry)"));
  }
}
