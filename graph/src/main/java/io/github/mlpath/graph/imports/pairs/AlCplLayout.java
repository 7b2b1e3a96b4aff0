package io.github.mlpath.graph.imports.pairs;

import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.imports.ImportException;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.text.TextFile;
import io.github.mlpath.graph.imports.text.Urls;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * AL-CPL (Liang et al., 2018): a {@code DOMAIN.preqs} file of {@code A,B} lines, B a prerequisite
 * of A, both Wikipedia article titles with underscores. The {@code .pairs} files hold positive and
 * negative pairs alike, without a label, so they are refused.
 */
public final class AlCplLayout implements PairsLayout {
  @Override
  public String name() {
    return "al-cpl";
  }

  @Override
  public List<String> attribution() {
    return List.of(
        "AL-CPL (Liang, Ye, Wang, Pursel and Giles, 2018, https://github.com/harrylclc/AL-CPL-dataset),",
        "built on the Wiki concept map dataset of Wang et al. (2016).");
  }

  /** A name is a Wikipedia title: its label has spaces for underscores, and it is its article. */
  @Override
  public Named topicNamed(String name, SourceLocation at) {
    return new Named(name, name.replace('_', ' '), Optional.of(Urls.wikipediaOfTitle(name)), at);
  }

  @Override
  public Pairs read(Path pairs, List<ImportFinding> notes) {
    if (pairs.getFileName() != null && pairs.getFileName().toString().endsWith(".pairs")) {
      throw new ImportException(
          pairs
              + ": an AL-CPL .pairs file lists prerequisite and non-prerequisite pairs alike,"
              + " without a label; import the .preqs file of the same domain");
    }
    return LabelledPairs.read(
        TextFile.read(pairs, pairs.toString()),
        ',',
        new LabelledPairs.Columns(1, 0, -1),
        0,
        List.of(),
        notes);
  }
}
