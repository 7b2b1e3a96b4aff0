package io.github.mlpath.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A learning resource: a video, a book chapter, a course unit, an interactive page. Immutable.
 *
 * @param id the slug that ends the resource's IRI
 * @param iri the resource's IRI in the data
 * @param title its title
 * @param url where to open it
 * @param medium video, book, interactive, course or article
 * @param duration how long it takes, if known
 * @param free whether it costs nothing, if known
 * @param depth intuition first or rigorous, if known
 * @param authors who made it
 * @param partOf the id of the series, book or course it belongs to
 * @param position its place in that series (1 for the first episode or chapter)
 * @param pagination a page range such as "17-48", for book parts
 * @param teaches ids of the topics it teaches
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
    List<String> teaches) {

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
  }
}
