package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.Text;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.TopicMatch;
import io.github.mlpath.core.lookup.TopicSearch;
import io.github.mlpath.graph.CurriculumSource;
import java.io.PrintWriter;
import java.util.List;

/** {@code mlpath search TEXT} and {@code /api/search?q=TEXT}: topics as one types their name. */
public final class SearchOperation
    extends Operation<SearchOperation.Request, SearchOperation.Answer> {
  static final Param<String> QUERY =
      Param.positional(
          0, "q", "TEXT", "What was typed: the start of a name, a word, a misspelling.");

  static final Param<Integer> LIMIT =
      Param.option(
          "limit", "N", "At most N topics, from 1 to 50 (default: 10).", Values.wholeNumber(1, 50));

  /**
   * What was typed and how many answers are wanted.
   *
   * @param query the text
   * @param limit at most this many topics
   */
  public record Request(String query, int limit) {}

  /**
   * The topics that match, best first.
   *
   * @param query the text
   * @param topics the matches, best first
   */
  public record Answer(String query, List<TopicMatch> topics) {
    public Answer {
      topics = List.copyOf(topics);
    }
  }

  private final PerPlanner<TopicSearch> index =
      new PerPlanner<>(c -> TopicSearch.of(c.planner().curriculum()));

  /** The operation, for {@link Operations}. */
  public SearchOperation() {
    super(
        "search",
        List.of(QUERY, LIMIT),
        List.of(new TextFormat<>("text", SearchOperation::text)),
        "Type-ahead search over topic names: the topics whose label, id or other names start with,"
            + " contain, or are a few typing mistakes from TEXT, best first.");
  }

  @Override
  public Request bind(Args args) {
    return new Request(QUERY.require(args), LIMIT.get(args).orElse(10));
  }

  @Override
  public Curriculum scope(CurriculumSource source, Request request) {
    return source.whole();
  }

  @Override
  public Answer answer(Context context, Request request) {
    return new Answer(request.query(), index.get(context).search(request.query(), request.limit()));
  }

  private static void text(Answer answer, PrintWriter out) {
    if (answer.topics().isEmpty()) {
      out.printf("No topic matches '%s'.%n", answer.query());
    }
    for (TopicMatch m : answer.topics()) {
      out.printf(
          "%s [%s%s]%s%n",
          Text.topic(m.topic()),
          m.topic().kind().slug(),
          m.area().map(a -> ", " + a).orElse(""),
          m.matched().equals(m.topic().label()) ? "" : "  as " + m.matched());
    }
  }
}
