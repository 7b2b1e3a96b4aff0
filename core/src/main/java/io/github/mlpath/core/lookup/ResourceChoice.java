package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Resource;
import java.util.List;
import java.util.Objects;

/**
 * The resource picked for a topic and how it was picked. Immutable.
 *
 * @param resource the resource to open
 * @param startWith whether it is the one the data marks to start with
 * @param notes each preference that could not be met and what was done instead, such as "no video
 *     resource; chose a book"; empty when everything asked for was met
 */
public record ResourceChoice(Resource resource, boolean startWith, List<String> notes) {
  public ResourceChoice {
    Objects.requireNonNull(resource, "resource");
    notes = List.copyOf(notes);
  }
}
