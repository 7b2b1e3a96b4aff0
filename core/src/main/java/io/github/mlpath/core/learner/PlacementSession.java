package io.github.mlpath.core.learner;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.lookup.Why;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the {@link Placement} quiz: answers go in one by one, and after each the next question
 * and the state are known. Mutable and not thread-safe; for a stateless caller {@link
 * Placement#evaluate} replays a list of answers in a fresh session.
 */
public final class PlacementSession {
  private final Placement placement;
  private final KnowledgeSpace ks;
  private final Reply[] reply;
  private final long[] order;
  private final Set<Integer> ignored = new LinkedHashSet<>();
  private long answers;
  private final long[] known;
  private final long[] unknown;
  private final long[] skipped;

  PlacementSession(Placement placement, KnowledgeSpace ks) {
    this.placement = placement;
    this.ks = ks;
    this.reply = new Reply[ks.size()];
    this.order = new long[ks.size()];
    int words = Bits.words(ks.size());
    this.known = new long[words];
    this.unknown = new long[words];
    this.skipped = new long[words];
  }

  /** How many topics this quiz decides. */
  public int topics() {
    return ks.size();
  }

  /**
   * Records an answer, replacing any earlier one on the same topic.
   *
   * @throws io.github.mlpath.core.UnknownTopicException for a name that matches no topic
   */
  public void answer(Answer a) {
    answer(placement.planner().resolve(a.topic()), a.reply());
  }

  /** Records an answer on curriculum topic index {@code topic}. */
  public void answer(int topic, Reply r) {
    int i = ks.local(topic);
    if (i < 0) {
      ignored.add(topic);
      return;
    }
    reply[i] = r;
    order[i] = ++answers;
    recompute();
  }

  private void recompute() {
    java.util.Arrays.fill(known, 0);
    java.util.Arrays.fill(unknown, 0);
    java.util.Arrays.fill(skipped, 0);
    for (int i = 0; i < reply.length; i++) {
      if (reply[i] == Reply.YES) {
        Bits.or(known, ks.down[i]);
      } else if (reply[i] == Reply.NO) {
        Bits.or(unknown, ks.up[i]);
      } else if (reply[i] == Reply.SKIP) {
        Bits.set(skipped, i);
      }
    }
  }

  /** The open contradictions, the one whose later answer is most recent first. */
  private List<int[]> contradictions() {
    List<int[]> out = new ArrayList<>();
    if (!Bits.intersects(known, unknown)) {
      return out;
    }
    for (int y = 0; y < reply.length; y++) {
      for (int n = 0; reply[y] == Reply.YES && n < reply.length; n++) {
        if (reply[n] == Reply.NO && Bits.get(ks.down[y], n)) {
          out.add(new int[] {y, n});
        }
      }
    }
    out.sort(
        (a, b) -> {
          int c = Long.compare(latest(b), latest(a));
          return c != 0 ? c : Long.compare(earliest(b), earliest(a));
        });
    return out;
  }

  private long latest(int[] pair) {
    return Math.max(order[pair[0]], order[pair[1]]);
  }

  private long earliest(int[] pair) {
    return Math.min(order[pair[0]], order[pair[1]]);
  }

  /** The local number of the next topic to ask about, or -1 when none is left. */
  int nextTopic() {
    int best = -1;
    long bestScore = -1;
    int bestSum = -1;
    long[] open = new long[known.length];
    for (int w = 0; w < open.length; w++) {
      open[w] = ~(known[w] | unknown[w]);
    }
    for (int t = 0; t < reply.length; t++) {
      if (!Bits.get(open, t) || Bits.get(skipped, t)) {
        continue;
      }
      int up = Bits.andCount(ks.down[t], open);
      int down = Bits.andCount(ks.up[t], open);
      long score = (long) up * down;
      if (score > bestScore || (score == bestScore && up + down > bestSum)) {
        best = t;
        bestScore = score;
        bestSum = up + down;
      }
    }
    return best;
  }

  /** The next question: one that resolves a contradiction, else the best split; empty when done. */
  public Optional<Question> next() {
    List<int[]> open = contradictions();
    if (!open.isEmpty()) {
      return Optional.of(resolving(open.get(0)));
    }
    int t = nextTopic();
    if (t < 0) {
      return Optional.empty();
    }
    String id = ks.curriculum.id(ks.topics[t]);
    return Optional.of(
        question(
            t,
            Optional.empty(),
            List.of(new Answer(id, Reply.YES)),
            List.of(new Answer(id, Reply.NO)),
            List.of(new Answer(id, Reply.SKIP))));
  }

  private Question resolving(int[] pair) {
    String yes = ks.curriculum.id(ks.topics[pair[0]]);
    String no = ks.curriculum.id(ks.topics[pair[1]]);
    return question(
        pair[1],
        Optional.of(contradiction(pair)),
        List.of(new Answer(no, Reply.YES)),
        List.of(new Answer(yes, Reply.NO)),
        List.of(new Answer(yes, Reply.SKIP), new Answer(no, Reply.SKIP)));
  }

  private Question question(
      int t,
      Optional<Contradiction> resolves,
      List<Answer> yes,
      List<Answer> no,
      List<Answer> skip) {
    Curriculum c = ks.curriculum;
    int v = ks.topics[t];
    return new Question(
        TopicRef.of(c, v),
        c.definition(v),
        placement.checks().of(c.id(v)),
        resolves,
        yes,
        no,
        skip);
  }

  private Contradiction contradiction(int[] pair) {
    Curriculum c = ks.curriculum;
    int y = ks.topics[pair[0]];
    int n = ks.topics[pair[1]];
    return new Contradiction(
        TopicRef.of(c, y),
        TopicRef.of(c, n),
        Why.chain(c, placement.planner().ranking(), y, n).orElseThrow());
  }

  /** The curriculum indices decided known so far (with a contradiction open, they overlap). */
  public BitSet known() {
    return global(known);
  }

  private BitSet global(long[] row) {
    BitSet out = new BitSet();
    for (int i = 0; i < reply.length; i++) {
      if (Bits.get(row, i)) {
        out.set(ks.topics[i]);
      }
    }
    return out;
  }

  /** Where the quiz stands. */
  public PlacementState state() {
    Curriculum c = ks.curriculum;
    List<TopicRef> yes = new ArrayList<>();
    List<TopicRef> no = new ArrayList<>();
    List<TopicRef> open = new ArrayList<>();
    for (int i = 0; i < reply.length; i++) {
      TopicRef t = TopicRef.of(c, ks.topics[i]);
      boolean k = Bits.get(known, i);
      boolean u = Bits.get(unknown, i);
      (k && !u ? yes : u && !k ? no : open).add(t);
    }
    int answered = 0;
    for (Reply r : reply) {
      answered += r == null ? 0 : 1;
    }
    return new PlacementState(
        ks.size(),
        answered,
        yes,
        no,
        open,
        contradictions().stream().map(this::contradiction).toList(),
        ignored.stream().map(v -> TopicRef.of(c, v)).toList(),
        next());
  }
}
