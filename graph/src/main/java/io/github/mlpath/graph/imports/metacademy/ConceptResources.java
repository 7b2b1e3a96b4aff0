package io.github.mlpath.graph.imports.metacademy;

import io.github.mlpath.core.Medium;
import io.github.mlpath.core.Resource;
import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.imports.ImportFinding;
import io.github.mlpath.graph.imports.text.BlockFile;
import io.github.mlpath.graph.imports.text.BlockFile.Block;
import io.github.mlpath.graph.imports.text.Slugs;
import io.github.mlpath.graph.imports.text.TextFile;
import io.github.mlpath.graph.imports.text.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns each concept's {@code resources.txt} into learning resources: one per block, titled by its
 * source and locations, part of a resource for the source itself (the book or course), with the
 * address, type, level and price of the block or else of its source.
 */
final class ConceptResources {
  private static final Pattern BRACKET = Pattern.compile("^(.*?)\\s*\\[([^\\]]*)\\]\\s*$");
  private static final Pattern PAGES =
      Pattern.compile("(?i)\\bpages?\\s+(\\d+)(?:\\s*[-\u2013]+\\s*(\\d+))?");

  private final Sources sources;
  private final UnaryOperator<String> iri;
  private final List<ImportFinding> notes;
  private final Set<String> ids = new TreeSet<>();
  private final Map<String, Resource> containers = new LinkedHashMap<>();
  private final Map<String, Noted> noted = new LinkedHashMap<>();

  /** A value noted once, where it first appeared, however often it recurs. */
  private record Noted(SourceLocation at, String rule, String message, int[] times) {}

  /**
   * @param sources the root sources
   * @param iri the IRI of a resource id
   * @param notes where to note what had to be repaired or left out
   */
  ConceptResources(Sources sources, UnaryOperator<String> iri, List<ImportFinding> notes) {
    this.sources = sources;
    this.iri = iri;
    this.notes = notes;
  }

  /** What one concept's resources give. */
  record ForConcept(
      List<Resource> resources, Optional<String> startWith, Optional<String> wikipedia) {}

  /** The resources of the concept {@code topic}, from its {@code resources.txt}. */
  ForConcept read(TextFile file, String topic) {
    List<Resource> out = new ArrayList<>();
    Optional<String> start = Optional.empty();
    Optional<String> wikipedia = Optional.empty();
    for (Block b : BlockFile.parse(file).blocks()) {
      Optional<Resource> r = resource(b, topic);
      if (r.isEmpty()) {
        continue;
      }
      out.add(r.get());
      if (start.isEmpty() && b.first("core").filter("1"::equals).isPresent()) {
        start = Optional.of(r.get().id());
      }
      if (wikipedia.isEmpty() && b.first("source").filter("wikipedia"::equals).isPresent()) {
        wikipedia = r.get().url().flatMap(Urls::wikipedia);
      }
    }
    if (start.isEmpty() && !out.isEmpty()) {
      start = Optional.of(out.get(0).id());
    }
    return new ForConcept(out, start, wikipedia);
  }

  /** The resources for the sources that concept resources are part of, in first-use order. */
  List<Resource> containers() {
    return List.copyOf(containers.values());
  }

  private Optional<Resource> resource(Block b, String topic) {
    Optional<String> key = b.first("source");
    Optional<Block> source = key.flatMap(sources::get);
    if (key.isPresent() && source.isEmpty()) {
      notes.add(
          ImportFinding.at(
              b.at(), "unknown-source", "resource names unknown source '" + key.get() + "'"));
    }
    Field f = new Field(b, source);
    List<String> places = new ArrayList<>();
    Optional<String> placeUrl = Optional.empty();
    for (BlockFile.Field loc : b.all("location")) {
      Matcher m = BRACKET.matcher(loc.value().strip());
      places.add(m.matches() ? m.group(1) : loc.value().strip());
      if (placeUrl.isEmpty() && m.matches()) {
        placeUrl = linkOf(m.group(2).strip(), f.get("specific_url_base"));
      }
    }
    places.removeIf(String::isBlank);
    Optional<String> title = f.get("title");
    if (title.isEmpty() && places.isEmpty()) {
      notes.add(ImportFinding.at(b.at(), "untitled-resource", "resource without a title: skipped"));
      return Optional.empty();
    }
    String name =
        title
            .map(t -> places.isEmpty() ? t : t + ": " + String.join("; ", places))
            .orElse(String.join("; ", places));
    Optional<String> url = placeUrl.or(() -> b.first("url")).or(() -> f.root("url"));
    String id = unique(topic + "-" + Slugs.of(key.orElse(title.orElse("resource")), "resource"));
    return Optional.of(
        new Resource(
            id,
            iri.apply(id),
            name,
            url.flatMap(u -> cleaned(u, b.at())),
            f.get("resource_type").flatMap(t -> medium(t, b.at())),
            Optional.empty(),
            f.get("free").map("1"::equals),
            f.get("level").flatMap(l -> depth(l, b.at())),
            f.get("authors").map(ConceptResources::authors).orElse(List.of()),
            key.flatMap(k -> source.map(s -> container(k, s))),
            OptionalInt.empty(),
            pages(String.join("; ", places)),
            List.of(topic),
            OptionalInt.empty(),
            OptionalInt.empty(),
            Optional.empty()));
  }

  /** A concept block's field, else its source's. */
  private record Field(Block block, Optional<Block> source) {
    Optional<String> get(String key) {
      return block.first(key).or(() -> root(key));
    }

    Optional<String> root(String key) {
      return source.flatMap(s -> s.first(key));
    }
  }

  private static Optional<String> linkOf(String target, Optional<String> base) {
    if (target.startsWith("http://") || target.startsWith("https://")) {
      return Optional.of(target);
    }
    return base.map(b -> b + target);
  }

  private String container(String key, Block source) {
    String id = "source-" + Slugs.of(key, "source");
    containers.computeIfAbsent(
        key,
        k -> {
          Field f = new Field(source, Optional.empty());
          ids.add(id);
          return new Resource(
              id,
              iri.apply(id),
              f.get("title").orElse(key),
              f.get("url").flatMap(u -> cleaned(u, source.at())),
              f.get("resource_type").flatMap(t -> medium(t, source.at())),
              Optional.empty(),
              f.get("free").map("1"::equals),
              f.get("level").flatMap(l -> depth(l, source.at())),
              f.get("authors").map(ConceptResources::authors).orElse(List.of()),
              Optional.empty(),
              OptionalInt.empty(),
              Optional.empty(),
              List.of(),
              OptionalInt.empty(),
              OptionalInt.empty(),
              Optional.empty());
        });
    return id;
  }

  private void note(SourceLocation at, String rule, String message) {
    noted.computeIfAbsent(message, m -> new Noted(at, rule, m, new int[1])).times()[0]++;
  }

  /** Adds the notes on values, each once, with how many resources it concerned. */
  void finish() {
    for (Noted n : noted.values()) {
      int times = n.times()[0];
      notes.add(
          ImportFinding.at(
              n.at(), n.rule(), n.message() + (times > 1 ? " (" + times + " resources)" : "")));
    }
    noted.clear();
  }

  private String unique(String base) {
    String id = base;
    for (int n = 2; ids.contains(id); n++) {
      id = base + "-" + n;
    }
    ids.add(id);
    return id;
  }

  private Optional<String> cleaned(String url, SourceLocation at) {
    Optional<String> clean = Urls.clean(url);
    if (clean.isEmpty()) {
      note(at, "bad-url", "'" + url + "' is not a web address: left out");
    } else if (Urls.needsCleaning(url)) {
      note(
          at, "url-encoded", "address with characters an IRI cannot hold, percent-encoded: " + url);
    }
    return clean;
  }

  private Optional<Medium> medium(String type, SourceLocation at) {
    Optional<Medium> m = ResourceTerms.medium(type);
    if (m.isEmpty()) {
      note(at, "unknown-type", "resource type '" + type + "' is not one mlpath maps: left out");
    }
    return m;
  }

  private Optional<io.github.mlpath.core.Depth> depth(String level, SourceLocation at) {
    Optional<io.github.mlpath.core.Depth> d = ResourceTerms.depth(level);
    if (d.isEmpty() && !ResourceTerms.knownWithoutDepth(level)) {
      note(at, "unknown-level", "level '" + level + "' is not one mlpath maps: left out");
    }
    return d;
  }

  private static List<String> authors(String text) {
    return List.of(text.split("\\s+and\\s+")).stream()
        .map(String::strip)
        .filter(a -> !a.isEmpty())
        .toList();
  }

  private static Optional<String> pages(String places) {
    Matcher m = PAGES.matcher(places);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2));
  }
}
