package io.github.mlpath.core.lookup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How squarely a resource's title names a topic, as a sign that the topic is its main subject
 * ("Lecture 31: Change of basis; image compression" for Change of basis). Words are compared after
 * {@link TopicResolver#normalize}, so case, punctuation and plurals do not matter; small words
 * ("and", "of", "the", lecture numbers) are ignored.
 *
 * @param coverage the best share, over the topic's label and alternative labels, of the name's
 *     words that the title contains (1 when the title names the topic in full)
 * @param precision the share of the title's words that belong to that name
 */
record TitleMatch(double coverage, double precision) implements Comparable<TitleMatch> {
  private static final Set<String> SMALL =
      Set.of("a", "an", "and", "of", "the", "in", "to", "for", "on", "with", "lecture", "part");

  static TitleMatch of(String title, List<String> names) {
    Set<String> titleWords = words(title);
    TitleMatch best = new TitleMatch(0, 0);
    for (String name : names) {
      Set<String> nameWords = words(name);
      if (nameWords.isEmpty() || titleWords.isEmpty()) {
        continue;
      }
      Set<String> common = new HashSet<>(nameWords);
      common.retainAll(titleWords);
      TitleMatch m =
          new TitleMatch(
              common.size() / (double) nameWords.size(),
              common.size() / (double) titleWords.size());
      if (m.compareTo(best) > 0) {
        best = m;
      }
    }
    return best;
  }

  private static Set<String> words(String text) {
    List<String> out = new ArrayList<>(Arrays.asList(Names.normalize(text).split("-")));
    out.removeIf(w -> w.isEmpty() || SMALL.contains(w) || w.chars().allMatch(Character::isDigit));
    return new HashSet<>(out);
  }

  @Override
  public int compareTo(TitleMatch o) {
    int c = Double.compare(coverage, o.coverage);
    return c != 0 ? c : Double.compare(precision, o.precision);
  }
}
