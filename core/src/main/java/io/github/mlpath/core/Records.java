package io.github.mlpath.core;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The null check of a record's compact constructor, written once: mlpath's records hold no null
 * component, and copy their collections with {@code List.copyOf} (which rejects null itself).
 *
 * <pre>{@code
 * public record Problem(Severity severity, String rule, ..., Optional<SourceLocation> location) {
 *   public Problem {
 *     Records.requireNonNull(Problem.class, severity, rule, message, focus, location);
 *   }
 * }
 * }</pre>
 */
public final class Records {
  private Records() {}

  /**
   * Per record class, the components {@link #requireNonNull} is given, in order: read only when a
   * check fails or assertions are on, so that a normal start loads no reflection for it.
   */
  private static final class Checked {
    static final ClassValue<List<RecordComponent>> OF =
        new ClassValue<>() {
          @Override
          protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                .filter(c -> !c.getType().isPrimitive())
                .filter(c -> !Collection.class.isAssignableFrom(c.getType()))
                .filter(c -> !Map.class.isAssignableFrom(c.getType()))
                .toList();
          }
        };
  }

  /**
   * Checks that none of {@code components} is null, naming the one that is.
   *
   * @param type the record whose compact constructor checks
   * @param components its components in declaration order, all but those of a primitive type and
   *     the collections (lists, sets, maps) it copies; with assertions on (as in the tests), a
   *     component left out or given out of order fails at once
   * @throws NullPointerException whose message is the name of the first null component
   */
  public static void requireNonNull(Class<? extends Record> type, Object... components) {
    assert matches(type, components)
        : type.getSimpleName() + " checks " + names(Checked.OF.get(type)) + ", in this order";
    for (int i = 0; i < components.length; i++) {
      if (components[i] == null) {
        throw new NullPointerException(Checked.OF.get(type).get(i).getName());
      }
    }
  }

  /** Whether {@code components} are as many as the checked ones and each of its type. */
  private static boolean matches(Class<?> type, Object[] components) {
    List<RecordComponent> checked = Checked.OF.get(type);
    if (checked.size() != components.length) {
      return false;
    }
    for (int i = 0; i < components.length; i++) {
      if (components[i] != null && !checked.get(i).getType().isInstance(components[i])) {
        return false;
      }
    }
    return true;
  }

  private static List<String> names(List<RecordComponent> components) {
    return components.stream().map(RecordComponent::getName).toList();
  }
}
