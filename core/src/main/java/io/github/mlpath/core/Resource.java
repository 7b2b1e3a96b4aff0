package io.github.mlpath.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learning resource: a video, a book chapter, a course unit, an interactive page. Immutable.
 *
 * @param id the slug that ends the resource's IRI
 * @param iri the resource's IRI in the data
 * @param title its title
 * @param url where to open it
 * @param medium video, book, interactive, course or article
 * @param duration the play length of a video or lecture ({@code schema:duration}), if known
 * @param free whether it costs nothing, if known
 * @param depth intuition first or rigorous, if known
 * @param authors who made it
 * @param partOf the id of the series, book or course it belongs to
 * @param position its place in that series (1 for the first episode or chapter)
 * @param pagination a page range such as "17-48", for book parts
 * @param teaches ids of the topics it teaches
 * @param pages how many pages it has ({@code schema:numberOfPages}), when stated
 * @param words how many words its main text has ({@code schema:wordCount}), for web text
 * @param timeRequired the time to complete it that its provider states ({@code
 *     schema:timeRequired}), for a course or unit
 */
public record Resource(
    String id,
    String iri,
    String title,
    Optional<String> url,
    Optional<Medium> medium,
    Optional<Duration> duration,
    Optional<Boolean> free,
    Optional<Depth> depth,
    List<String> authors,
    Optional<String> partOf,
    OptionalInt position,
    Optional<String> pagination,
    List<String> teaches,
    OptionalInt pages,
    OptionalInt words,
    Optional<Duration> timeRequired) {

  private static final Pattern PAGE_RANGE =
      Pattern.compile("\\s*(\\d{1,6})\\s*[-\\u2013]\\s*(\\d{1,6})\\s*");

  public Resource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(medium, "medium");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(free, "free");
    Objects.requireNonNull(depth, "depth");
    authors = List.copyOf(authors);
    Objects.requireNonNull(partOf, "partOf");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(pagination, "pagination");
    teaches = List.copyOf(teaches);
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(timeRequired, "timeRequired");
  }

  /** This resource teaching {@code topics} instead, as when duplicate topics are merged. */
  public Resource teaching(List<String> topics) {
    return new Resource(
        id,
        iri,
        title,
        url,
        medium,
        duration,
        free,
        depth,
        authors,
        partOf,
        position,
        pagination,
        topics,
        pages,
        words,
        timeRequired);
  }

  /**
   * How many pages it has: {@link #pages()} when stated, else the length of a page range "17-48" in
   * {@link #pagination()} (32 pages); empty for a range in roman numerals or without both ends.
   */
  public OptionalInt pageCount() {
    if (pages.isPresent() || pagination.isEmpty()) {
      return pages;
    }
    Matcher m = PAGE_RANGE.matcher(pagination.get());
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int first = Integer.parseInt(m.group(1));
    int last = Integer.parseInt(m.group(2));
    return last >= first ? OptionalInt.of(last - first + 1) : OptionalInt.empty();
  }
}
