package io.github.mlpath.graph.profile;

import io.github.mlpath.core.learner.Mark;
import io.github.mlpath.core.learner.MarkOrigin;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.graph.ProfileStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process for {@link ProfileDurabilityTest}. {@code churn FILE} rewrites the profile for
 * ever, each version one goal and one mark longer than the last, and prints "ready" after its first
 * write; {@code add FILE PREFIX N} adds the goals PREFIX-1 to PREFIX-N, one update each.
 */
public final class ProfileWriter {
  private ProfileWriter() {}

  /** Version {@code n}: goals g-1..g-n and as many marks, a few hundred bytes each. */
  static Profile version(int n) {
    List<String> goals = new ArrayList<>();
    List<Mark> marks = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      goals.add("g-" + i);
      marks.add(
          new Mark(String.format("topic-%06d", i), LocalDate.of(2026, 1, 1), MarkOrigin.LEARNED));
    }
    return Profile.EMPTY.withGoals(goals).withLearned(marks, List.of());
  }

  public static void main(String[] args) {
    ProfileStore store = ProfileStores.file(Path.of(args[1]));
    if (args[0].equals("churn")) {
      boolean ready = false;
      while (true) {
        store.update(p -> version(p.goals().size() + 1));
        if (!ready) {
          System.out.println("ready");
          System.out.flush();
          ready = true;
        }
      }
    }
    int n = Integer.parseInt(args[3]);
    for (int i = 1; i <= n; i++) {
      String goal = args[2] + "-" + i;
      store.update(
          p -> {
            List<String> goals = new ArrayList<>(p.goals());
            goals.add(goal);
            return p.withGoals(goals);
          });
    }
  }
}
