package io.github.mlpath.graph.read;

import io.github.mlpath.core.Curriculum;

/**
 * Checks one read's frozen facts and builds its curriculum, on two threads: the rules (the topic,
 * qualified requirement, resource and umbrella shapes, undefined topics, duplicate labels) on a
 * thread of their own while the assembler builds the curriculum on the calling one; then the
 * cycles, which need the curriculum. Each part collects its own problems, joined in the order one
 * thread would have found them: rules, assembly, cycles, duplicate labels.
 */
final class ReadChecks {
  private ReadChecks() {}

  /** The curriculum of {@code facts}, every problem found added to {@code found}. */
  static Curriculum run(Facts facts, Findings found) {
    Known known = new Known(facts);
    Classes classes = new Classes(facts, known);
    TopicSet topics = new TopicSet(facts, known, classes);
    Findings rules = new Findings();
    Findings labels = new Findings();
    Handover.Task checks =
        Handover.start(
            "mlpath-checks",
            () -> {
              new TopicRules(facts, known, classes, rules).check(topics);
              QualifiedRules.check(facts, known, rules);
              ResourceRules.check(facts, known, classes, rules);
              UmbrellaRules.check(facts, known, classes, rules);
              new GraphChecks(facts, known, topics, rules).undefined();
              new GraphChecks(facts, known, topics, labels).duplicateLabels();
            });
    Findings assembly = new Findings();
    Curriculum c;
    try {
      c = new Assembler(facts, known, topics, assembly).build(classes);
    } finally {
      checks.join();
    }
    found.addAll(rules);
    found.addAll(assembly);
    new GraphChecks(facts, known, topics, found).cycles(c);
    found.addAll(labels);
    return c;
  }
}
