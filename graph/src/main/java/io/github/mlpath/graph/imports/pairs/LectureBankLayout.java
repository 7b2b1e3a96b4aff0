package io.github.mlpath.graph.imports.pairs;

import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.text.TextFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * LectureBank (Yale LILY): a topics file ({@code ID,Topic,WikiURL} or {@code ID|Topic}) and an
 * annotation file of {@code src,tgt,label} lines for every pair annotated, where label 1 means
 * {@code src} is a prerequisite of {@code tgt}. Neither file has a header.
 */
public final class LectureBankLayout implements PairsLayout {
  private final Path topics;

  /**
   * @param topics the topics file, as the user named it
   */
  public LectureBankLayout(Path topics) {
    this.topics = Objects.requireNonNull(topics, "topics");
  }

  @Override
  public String name() {
    return "lecturebank";
  }

  @Override
  public List<String> attribution() {
    return List.of(
        "LectureBank (Li, Fabbri et al., Yale LILY lab, https://github.com/Yale-LILY/LectureBank);",
        "see its repository for its licence and cite its AAAI 2019 paper when you use it.");
  }

  @Override
  public Pairs read(Path pairs, List<ImportFinding> notes) {
    List<Named> named = TopicsFile.read(TextFile.read(topics, topics.toString()), notes);
    return LabelledPairs.read(
        TextFile.read(pairs, pairs.toString()),
        ',',
        new LabelledPairs.Columns(0, 1, 2),
        0,
        named,
        notes);
  }
}
