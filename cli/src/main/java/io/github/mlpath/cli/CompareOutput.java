package io.github.mlpath.cli;

import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.compare.AlignedTopic;
import io.github.mlpath.core.compare.Comparison;
import io.github.mlpath.core.compare.Direction;
import io.github.mlpath.core.compare.JudgedPair;
import io.github.mlpath.core.compare.MatchKind;
import io.github.mlpath.core.compare.Verdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The text and CSV forms of a comparison (JSON is the record itself). */
final class CompareOutput {
  private CompareOutput() {}

  static void text(Comparison c, PrintWriter out) {
    out.printf("A: %s (%d topics, %d pairs)%n", c.a().name(), c.a().topics(), c.a().pairs());
    out.printf("B: %s (%d topics, %d pairs)%n", c.b().name(), c.b().topics(), c.b().pairs());
    long articles = c.alignment().stream().filter(p -> p.by() == MatchKind.ARTICLE).count();
    long mapped = c.alignment().stream().filter(p -> p.by() == MatchKind.MAPPING).count();
    out.printf(
        "%nalignment: %d topics (%d by mapping, %d by article, %d by name)%n",
        c.alignment().size(), mapped, articles, c.alignment().size() - articles - mapped);
    for (AlignedTopic p : c.alignment()) {
      out.printf("  %s = %s  [%s: %s]%n", ref(p.a()), ref(p.b()), p.by().slug(), p.key());
    }
    figures(c.aAgainstB(), "A", "B", out);
    figures(c.bAgainstA(), "B", "A", out);
    pairs(
        c.aAgainstB(),
        Verdict.REVERSED,
        "contradictions: A's pairs that B has the other way round",
        "B",
        out);
    pairs(
        c.bAgainstA(),
        Verdict.REVERSED,
        "contradictions: B's pairs that A has the other way round",
        "A",
        out);
    pairs(
        c.aAgainstB(),
        Verdict.MISSING,
        "missing: A's pairs between aligned topics that B relates in neither direction",
        "B",
        out);
    pairs(
        c.bAgainstA(),
        Verdict.MISSING,
        "missing: B's pairs between aligned topics that A relates in neither direction",
        "A",
        out);
  }

  private static void figures(Direction d, String from, String against, PrintWriter out) {
    out.printf(
        "%n%s's pairs against %s: %d pairs, %d between aligned topics%n",
        from, against, d.pairs(), d.aligned());
    out.printf(
        "  agrees   %5d  %5.1f%%  (%d stated directly, %d through a chain)%n",
        d.agrees(), 100 * d.share(d.agrees()), d.agreesDirectly(), d.agrees() - d.agreesDirectly());
    out.printf("  reversed %5d  %5.1f%%%n", d.reversed(), 100 * d.share(d.reversed()));
    out.printf("  missing  %5d  %5.1f%%%n", d.missing(), 100 * d.share(d.missing()));
    int unaligned = d.pairs() - d.aligned();
    out.printf(
        "  (%d pair%s a topic without a counterpart)%n",
        unaligned, unaligned == 1 ? " has" : "s have");
  }

  private static void pairs(Direction d, Verdict v, String title, String against, PrintWriter out) {
    List<JudgedPair> list = d.with(v);
    out.printf("%n%s (%d)%n", title, list.size());
    for (JudgedPair p : list) {
      out.printf(
          "  %s -> %s   (in %s: %s, %s)%n",
          p.topic().id(),
          p.required().id(),
          against,
          p.otherTopic().map(TopicRef::id).orElse("?"),
          p.otherRequired().map(TopicRef::id).orElse("?"));
    }
  }

  static void csv(Comparison c, PrintWriter out) {
    out.println("from,topic,required,against,other_topic,other_required,verdict,direct");
    for (Direction d : List.of(c.aAgainstB(), c.bAgainstA())) {
      for (JudgedPair p : d.judged()) {
        out.println(
            String.join(
                ",",
                field(d.from()),
                field(p.topic().id()),
                field(p.required().id()),
                field(d.against()),
                field(p.otherTopic().map(TopicRef::id).orElse("")),
                field(p.otherRequired().map(TopicRef::id).orElse("")),
                p.verdict().slug(),
                Boolean.toString(p.direct())));
      }
    }
  }

  private static String field(String s) {
    return s.matches("[^,\"\\r\\n]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String ref(TopicRef t) {
    return t.label().toLowerCase(Locale.ROOT).equals(t.id().replace('-', ' '))
        ? t.id()
        : t.id() + " (" + t.label() + ")";
  }
}
