package io.github.mlpath.core;

/**
 * Builds a copy of a curriculum without its gist edges, through {@link CurriculumBuilder}: the same
 * areas, topics (with every field), resources, start marks and the other edges with their reasons.
 */
final class GistEdges {
  private GistEdges() {}

  static Curriculum dropped(Curriculum c) {
    CurriculumBuilder b = new CurriculumBuilder(c.size());
    c.areas().forEach(b::addArea);
    for (int v = 0; v < c.size(); v++) {
      b.addTopic(c.topic(v));
    }
    for (int v = 0; v < c.size(); v++) {
      for (int k = c.requires().start(v); k < c.requires().end(v); k++) {
        if (!c.isGist(k)) {
          b.addPrerequisite(c.id(v), c.id(c.requires().target(k)), c.reasonOfEdge(k).orElse(null));
        }
      }
    }
    c.resources().forEach(b::addResource);
    for (int v = 0; v < c.size(); v++) {
      int topic = v;
      c.startWith(v).ifPresent(r -> b.startWith(c.id(topic), r.id()));
    }
    return b.build();
  }
}
