package io.github.mlpath.graph.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The data rules for resource sizes (docs/curriculum.md, Sizes): every video has a confirmed play
 * length unless it is listed as unconfirmed, a video's chapters agree with their start times, book
 * page ranges are well formed and inside their chapter's, and review parts teach nothing.
 */
class ResourceSizesTest {

  private static final String RES = "https://w3id.org/mlpath/resource/";
  private static final String PREFIXES =
      "PREFIX schema: <https://schema.org/>\nPREFIX res: <" + RES + ">\n";
  private static final Pattern START = Pattern.compile("[?&]t=(\\d+)s$");
  private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

  private final Model model = BundledData.model();

  @Test
  void everyVideoHasAConfirmedLengthUnlessListedAsUnconfirmed() {
    TreeSet<String> missing =
        new TreeSet<>(
            ids(
                "SELECT ?r WHERE { ?r schema:learningResourceType \"video\" . FILTER NOT EXISTS {"
                    + " ?part schema:isPartOf ?r } FILTER NOT EXISTS { ?r schema:duration ?d } }"));
    TreeSet<String> listed = new TreeSet<>(unconfirmedLengths().keySet());
    TreeSet<String> unlisted = new TreeSet<>(missing);
    unlisted.removeAll(listed);
    TreeSet<String> stale = new TreeSet<>(listed);
    stale.removeAll(missing);
    assertEquals(new TreeSet<>(), unlisted, "videos with no schema:duration that are not listed");
    assertEquals(new TreeSet<>(), stale, "listed as unconfirmed but not a video without a length");
  }

  @Test
  void everyUnconfirmedLengthSaysWhy() {
    unconfirmedLengths().forEach((id, why) -> assertTrue(why.length() > 20, id + ": " + why));
  }

  @Test
  void aVideoChapterRunsFromItsStartToTheNextChaptersStart() {
    List<String> bad = new ArrayList<>();
    Map<String, List<QuerySolution>> byVideo = new TreeMap<>();
    for (QuerySolution row :
        select(
            "SELECT ?whole ?part ?url ?d WHERE { ?part schema:isPartOf ?whole ; schema:position ?p"
                + " ; schema:url ?url ; schema:learningResourceType \"video\" . OPTIONAL { ?part"
                + " schema:duration ?d } FILTER(CONTAINS(STR(?url), \"&t=\")) } ORDER BY ?whole"
                + " ?p")) {
      byVideo.computeIfAbsent(row.getResource("whole").getURI(), k -> new ArrayList<>()).add(row);
    }
    assertTrue(byVideo.containsKey(RES + "freecodecamp-learn-python-beginners"), "no chapters");
    byVideo.forEach(
        (video, chapters) -> {
          for (int i = 0; i + 1 < chapters.size(); i++) {
            long gap = start(chapters.get(i + 1)) - start(chapters.get(i));
            QuerySolution row = chapters.get(i);
            if (row.get("d") == null
                || Duration.parse(row.getLiteral("d").getLexicalForm()).toSeconds() != gap) {
              bad.add(row.getResource("part").getURI() + " should last " + gap + " s");
            }
          }
        });
    assertEquals(List.of(), bad, "chapter lengths that disagree with the chapter starts");
  }

  @Test
  void pageRangesAreWellFormedAndInsideTheirContainersRange() {
    List<String> bad = new ArrayList<>();
    for (QuerySolution row :
        select(
            "SELECT ?r ?pages ?outer WHERE { ?r schema:pagination ?pages . OPTIONAL { ?r"
                + " schema:isPartOf/schema:pagination ?outer } }")) {
      String r = row.getResource("r").getURI();
      int[] range = range(row.getLiteral("pages").getString());
      if (range == null || range[0] > range[1]) {
        bad.add(r + " " + row.getLiteral("pages").getString());
      } else if (row.get("outer") != null) {
        int[] outer = range(row.getLiteral("outer").getString());
        if (outer == null || range[0] < outer[0] || range[1] > outer[1]) {
          bad.add(r + " outside " + row.getLiteral("outer").getString());
        }
      }
    }
    assertEquals(List.of(), bad);
    assertTrue(
        ids("SELECT ?r WHERE { ?r schema:pagination ?p }").contains("mml-book-2-1"),
        "MML sections carry their pages");
  }

  @Test
  void wordCountsArePositiveIntegers() {
    List<String> bad =
        ids(
            "SELECT ?r WHERE { ?r schema:wordCount ?n FILTER(DATATYPE(?n) !="
                + " <http://www.w3.org/2001/XMLSchema#integer> || ?n < 1) }");
    assertEquals(List.of(), bad);
  }

  @Test
  void reviewPartsTeachNothingAndBelongToTheirCourse() {
    List<String> bad =
        ids(
            "SELECT ?r WHERE { ?r schema:educationalUse \"review\" . FILTER (EXISTS { ?r"
                + " schema:teaches ?t } || NOT EXISTS { ?r schema:isPartOf ?c }) }");
    assertEquals(List.of(), bad, "review parts that teach a topic or belong to no course");
    assertTrue(
        ids("SELECT ?r WHERE { ?r schema:educationalUse \"review\" }")
            .contains("mit-18-06-lecture-13"),
        "Strang's Quiz 1 review is a review part");
  }

  private static long start(QuerySolution row) {
    Matcher m = START.matcher(row.getResource("url").getURI());
    assertTrue(m.find(), "no start time in " + row.getResource("url"));
    return Long.parseLong(m.group(1));
  }

  private static int[] range(String text) {
    Matcher m = RANGE.matcher(text);
    return m.matches()
        ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}
        : null;
  }

  private static Map<String, String> unconfirmedLengths() {
    Map<String, String> byId = new TreeMap<>();
    for (String line : resource("/curriculum/unconfirmed-lengths.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", 2);
      assertEquals(2, fields.length, "id, a tab and why: " + line);
      byId.put(fields[0].strip(), fields[1].strip());
    }
    return byId;
  }

  private static String resource(String path) {
    try (InputStream in = ResourceSizesTest.class.getResourceAsStream(path)) {
      assertTrue(in != null, "missing test resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<QuerySolution> select(String query) {
    try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + query).build()) {
      List<QuerySolution> rows = new ArrayList<>();
      qe.execSelect().forEachRemaining(rows::add);
      return rows;
    }
  }

  private List<String> ids(String query) {
    List<String> ids = new ArrayList<>();
    for (QuerySolution row : select(query)) {
      ids.add(row.getResource("r").getURI().substring(RES.length()));
    }
    return ids;
  }
}
