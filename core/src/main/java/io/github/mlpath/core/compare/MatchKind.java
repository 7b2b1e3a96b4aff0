package io.github.mlpath.core.compare;

/** How two topics of two curricula were found to be one concept, strongest first. */
public enum MatchKind {
  /** A mapping the user gave. */
  MAPPING("mapping"),
  /** The same Wikipedia article (or other IRI) in both topics' {@code skos:exactMatch}. */
  ARTICLE("article"),
  /** The same name: label, alternative label or id, normalised. */
  NAME("name");

  private final String slug;

  MatchKind(String slug) {
    this.slug = slug;
  }

  /** The name in output: {@code mapping}, {@code article} or {@code name}. */
  public String slug() {
    return slug;
  }
}
