package io.github.mlpath.core.compare;

import io.github.mlpath.core.Slugged;

/** How two topics of two curricula were found to be one concept, strongest first. */
public enum MatchKind implements Slugged {
  /** A mapping the user gave. */
  MAPPING,
  /** The same Wikipedia article (or other IRI) in both topics' {@code skos:exactMatch}. */
  ARTICLE,
  /** The same name: label, alternative label or id, normalised. */
  NAME;
}
