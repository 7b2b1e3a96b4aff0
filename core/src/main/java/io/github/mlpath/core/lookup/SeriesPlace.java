package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a resource sits in the source it belongs to: the outermost series, course or book, and the
 * positions from there down ({@code [9, 3]} for section 9.3 of a book whose chapter 9 holds it).
 *
 * @param root the id of the outermost resource of the chain of {@code schema:isPartOf}
 * @param key the {@code schema:position}s from the root's part down to the resource itself
 */
public record SeriesPlace(String root, int[] key) {

  /**
   * Where {@code r} sits in its source in {@code c}, or empty when it is no part of one (a whole
   * series is at no place: it is the source). A part without a position is at position 0 of its
   * container.
   */
  public static Optional<SeriesPlace> of(Curriculum c, Resource r) {
    List<Integer> positions = new ArrayList<>();
    Resource at = r;
    for (int depth = 0; at.partOf().isPresent() && depth < 16; depth++) {
      positions.add(0, at.position().orElse(0));
      Optional<Resource> up = c.resource(at.partOf().get());
      if (up.isEmpty()) {
        return Optional.of(place(at.partOf().get(), positions));
      }
      at = up.get();
    }
    return positions.isEmpty() ? Optional.empty() : Optional.of(place(at.id(), positions));
  }

  private static SeriesPlace place(String root, List<Integer> positions) {
    return new SeriesPlace(root, positions.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Whether this place comes before {@code other} in the same source: its positions compared one by
   * one; a chapter and one of its own sections are at the same place, neither before the other.
   */
  public boolean before(SeriesPlace other) {
    return compare(other) < 0;
  }

  /** Whether this place comes after {@code other} in the same source. */
  public boolean after(SeriesPlace other) {
    return compare(other) > 0;
  }

  private int compare(SeriesPlace other) {
    int n = Math.min(key.length, other.key.length);
    return Arrays.compare(key, 0, n, other.key, 0, n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeriesPlace p && root.equals(p.root) && Arrays.equals(key, p.key);
  }

  @Override
  public int hashCode() {
    return 31 * root.hashCode() + Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return root + Arrays.toString(key);
  }
}
