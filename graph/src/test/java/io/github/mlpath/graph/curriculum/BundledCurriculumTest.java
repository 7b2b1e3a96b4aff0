package io.github.mlpath.graph.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Checks that keep the bundled curriculum right (issue 3): structure, labels and ids, reasons,
 * resources and the minimum counts. Every failure message names the offending topics or resources.
 */
class BundledCurriculumTest {

  private static final String PREFIXES =
      """
      PREFIX mlp:    <https://w3id.org/mlpath/ns#>
      PREFIX topic:  <https://w3id.org/mlpath/topic/>
      PREFIX res:    <https://w3id.org/mlpath/resource/>
      PREFIX area:   <https://w3id.org/mlpath/area/>
      PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
      PREFIX schema: <https://schema.org/>
      PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      """;

  private static final String KINDS =
      "VALUES ?kind { mlp:ProgrammingSkill mlp:Project mlp:MLConcept mlp:MathTopic }";

  private static final List<String> SEED_IDS =
      List.of(
          "python-basics",
          "basic-terminal-commands",
          "list-slicing",
          "string-formatting",
          "dictionaries-and-tuples",
          "exception-handling",
          "object-oriented-programming",
          "kaggle-titanic-competition",
          "neural-networks",
          "activation-functions",
          "algebra",
          "exponential-function",
          "linear-algebra",
          "matrix-multiplication",
          "calculus",
          "derivatives",
          "trigonometry",
          "statistics",
          "probability");

  private static final String FIRST_PROJECT = BundledData.TOPIC_NS + "kaggle-titanic-competition";

  private final Model model = BundledData.model();

  // ------------------------------------------------------------------ topics

  @Test
  void everyTopicHasExactlyOneKind() {
    List<String> bad =
        column(
            "SELECT ?t WHERE { { SELECT ?t (COUNT(DISTINCT ?kind) AS ?n) WHERE { ?t a ?kind . "
                + KINDS
                + " } GROUP BY ?t } FILTER (?n != 1) }",
            "t");
    bad.addAll(
        column(
            "SELECT DISTINCT ?t WHERE { { ?t mlp:requires ?x } UNION { ?x mlp:requires ?t }"
                + " UNION { ?t skos:prefLabel ?l . FILTER(STRSTARTS(STR(?t), STR(topic:))) }"
                + " FILTER NOT EXISTS { ?t a ?kind . "
                + KINDS
                + " } }",
            "t"));
    assertEquals(List.of(), bad, "topics without exactly one kind");
  }

  @Test
  void everyTopicHasOneEnglishLabelAndADefinition() {
    List<String> bad =
        column(
            "SELECT ?t WHERE { ?t a ?kind . "
                + KINDS
                + " OPTIONAL { ?t skos:prefLabel ?l } OPTIONAL { ?t skos:definition ?d }"
                + " } GROUP BY ?t HAVING (COUNT(DISTINCT ?l) != 1 || COUNT(DISTINCT ?d) != 1"
                + " || SUM(IF(LANGMATCHES(LANG(?l), \"en\"), 0, 1)) > 0)",
            "t");
    assertEquals(List.of(), bad, "topics without exactly one English prefLabel and definition");
  }

  @Test
  void labelsAreUniqueAcrossTopics() {
    List<String> bad =
        column(
            "SELECT ?l WHERE { ?t a ?kind ; skos:prefLabel ?l . "
                + KINDS
                + " } GROUP BY ?l HAVING (COUNT(DISTINCT ?t) > 1)",
            "l");
    assertEquals(List.of(), bad, "labels used by more than one topic");
  }

  @Test
  void everyTopicIdIsTheSlugOfItsLabel() {
    List<String> bad = new ArrayList<>();
    for (QuerySolution row :
        select("SELECT ?t ?l WHERE { ?t a ?kind ; skos:prefLabel ?l . " + KINDS + " }")) {
      String iri = row.getResource("t").getURI();
      String expected = BundledData.TOPIC_NS + BundledData.slug(row.getLiteral("l").getString());
      if (!iri.equals(expected)) {
        bad.add(iri + " should be " + expected);
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void everyTopicHasExactlyOneKnownArea() {
    List<String> bad =
        column(
            "SELECT ?t WHERE { ?t a ?kind . "
                + KINDS
                + " OPTIONAL { ?t mlp:area ?a . ?a a mlp:Area } } GROUP BY ?t"
                + " HAVING (COUNT(DISTINCT ?a) != 1)",
            "t");
    assertEquals(List.of(), bad, "topics without exactly one area declared in the vocabulary");
  }

  @Test
  void keepsEverySeedTopicId() {
    Set<String> ids = topicIds();
    List<String> missing = SEED_IDS.stream().filter(id -> !ids.contains(id)).toList();
    assertEquals(List.of(), missing, "seed topics that other code relies on");
  }

  @Test
  void broaderLinksStayWithinTopicsAndHaveNoCycle() {
    List<String> bad =
        column(
            "SELECT ?t WHERE { ?t skos:broader ?b . FILTER NOT EXISTS { ?b a ?kind . "
                + KINDS
                + " } }",
            "t");
    assertEquals(List.of(), bad, "broader points outside the topics");
    assertEquals(List.of(), findCycle(edges("skos:broader")), "cycle in skos:broader");
  }

  // ------------------------------------------------------------------ prerequisites

  @Test
  void requiresGraphHasNoCycle() {
    assertEquals(List.of(), findCycle(edges("mlp:requires")), "cycle in mlp:requires");
  }

  @Test
  void everyTopicFallsInOneLearningOrder() {
    Map<String, Set<String>> requires = edges("mlp:requires");
    Set<String> topics = topicIris();
    List<String> order = topologicalOrder(topics, requires);
    assertEquals(topics.size(), order.size(), "topics left out of the learning order (a cycle)");
    requires.keySet().forEach(t -> assertTrue(topics.contains(t), "requires from non-topic " + t));
    requires.values().forEach(vs -> vs.forEach(v -> assertTrue(topics.contains(v), v)));
  }

  @Test
  void qualifiedRequirementsAlwaysMatchADirectEdgeAndHaveAReason() {
    List<String> bad =
        column(
            "SELECT ?t ?r WHERE { ?t mlp:qualifiedRequirement ?q . ?q mlp:requiredTopic ?r ."
                + " FILTER NOT EXISTS { ?t mlp:requires ?r } }",
            "t");
    bad.addAll(
        column(
            "SELECT ?t WHERE { ?t mlp:qualifiedRequirement ?q . FILTER NOT EXISTS { ?q"
                + " mlp:reason ?why } }",
            "t"));
    bad.addAll(
        column(
            "SELECT ?t WHERE { ?t mlp:qualifiedRequirement ?q . ?q mlp:requiredTopic ?r }"
                + " GROUP BY ?t ?q HAVING (COUNT(?r) != 1)",
            "t"));
    assertEquals(List.of(), bad, "qualified requirements without their direct edge or reason");
  }

  /** Issue 11: a true, beginner-readable reason on every edge, not only ML to math. */
  @Test
  void everyEdgeCarriesAReason() {
    List<String> bad = new ArrayList<>();
    for (QuerySolution row :
        select(
            "SELECT ?a ?b WHERE { ?a mlp:requires ?b . FILTER NOT EXISTS { ?a"
                + " mlp:qualifiedRequirement ?q . ?q mlp:requiredTopic ?b ; mlp:reason ?why ."
                + " FILTER (LANGMATCHES(LANG(?why), \"en\") && STRLEN(STR(?why)) >= 20) } }")) {
      bad.add(row.getResource("a").getLocalName() + " -> " + row.getResource("b").getLocalName());
    }
    assertEquals(List.of(), bad, "edges without an English reason of at least 20 characters");
  }

  @Test
  void everyMlConceptLeadsToSomeMath() {
    Map<String, Set<String>> requires = edges("mlp:requires");
    List<String> bad = new ArrayList<>();
    for (String topic : topicIris()) {
      if (kindOf(topic).equals("MLConcept")
          && BundledData.closure(topic, requires).stream()
              .noneMatch(t -> kindOf(t).equals("MathTopic"))) {
        bad.add(topic);
      }
    }
    assertEquals(List.of(), bad, "ML concepts that need no math at all");
  }

  @Test
  void mathTopicsRequireOnlyMathTopics() {
    List<String> bad =
        column(
            "SELECT ?m WHERE { ?m a mlp:MathTopic ; mlp:requires ?x . FILTER NOT EXISTS { ?x a"
                + " mlp:MathTopic } }",
            "m");
    assertEquals(List.of(), bad, "math topics that require a non-math topic");
  }

  @Test
  void programmingSkillsRequireOnlyProgrammingSkills() {
    List<String> bad =
        column(
            "SELECT ?p WHERE { ?p a mlp:ProgrammingSkill ; mlp:requires ?x . FILTER NOT EXISTS {"
                + " ?x a mlp:ProgrammingSkill } }",
            "p");
    assertEquals(
        List.of(), bad, "programming skills that require something other than programming");
  }

  @Test
  void theFirstProjectNeedsOnlyProgrammingAndEveryMlConceptBuildsOnIt() {
    Map<String, Set<String>> requires = edges("mlp:requires");
    List<String> bad = new ArrayList<>();
    for (String prerequisite : requires.getOrDefault(FIRST_PROJECT, Set.of())) {
      if (!kindOf(prerequisite).equals("ProgrammingSkill")) {
        bad.add("first project requires " + prerequisite);
      }
    }
    for (String topic : topicIris()) {
      String kind = kindOf(topic);
      boolean mlOrProject = kind.equals("MLConcept") || kind.equals("Project");
      if (mlOrProject
          && !topic.equals(FIRST_PROJECT)
          && !BundledData.closure(topic, requires).contains(FIRST_PROJECT)) {
        bad.add(topic + " does not build on the first project");
      }
      if (kind.equals("MLConcept")
          && requires.getOrDefault(topic, Set.of()).stream()
              .map(this::kindOf)
              .noneMatch(k -> k.equals("MLConcept") || k.equals("Project"))) {
        bad.add(topic + " requires neither the first project nor another ML concept");
      }
    }
    assertEquals(List.of(), bad);
  }

  /**
   * No topic is an orphan: a math topic or ML concept is on the way to some ML concept or project,
   * or sits, through {@code skos:broader}, under a topic that is or under an umbrella; programming
   * skills form the programming track, which {@code order} and {@code next} show in the teaching
   * order (git, say, is in it without being required by the first project).
   */
  @Test
  void everyTopicIsOnSomeWayOrUnderAnUmbrella() {
    Map<String, Set<String>> requires = edges("mlp:requires");
    Set<String> reached = new HashSet<>();
    for (String topic : topicIris()) {
      String kind = kindOf(topic);
      if (kind.equals("MLConcept") || kind.equals("Project") || kind.equals("ProgrammingSkill")) {
        reached.add(topic);
        reached.addAll(BundledData.closure(topic, requires));
      }
    }
    reached.addAll(column("SELECT ?u WHERE { ?u a mlp:Umbrella }", "u"));
    Map<String, Set<String>> broader = edges("skos:broader");
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<String, Set<String>> e : broader.entrySet()) {
        if (!reached.contains(e.getKey()) && e.getValue().stream().anyMatch(reached::contains)) {
          reached.add(e.getKey());
          reached.addAll(BundledData.closure(e.getKey(), requires));
          grew = true;
        }
      }
    }
    List<String> unreached =
        topicIris().stream().filter(t -> !reached.contains(t)).sorted().toList();
    assertEquals(List.of(), unreached, "topics on no way and under no umbrella");
  }

  // ------------------------------------------------------------------ resources

  @Test
  void everyResourceHasAWebUrlANameAndAllowedValues() {
    List<String> bad = new ArrayList<>();
    for (QuerySolution row :
        select(
            "SELECT ?r (COUNT(DISTINCT ?u) AS ?urls) (COUNT(DISTINCT ?n) AS ?names)"
                + " (SAMPLE(?u) AS ?url) (SAMPLE(?type) AS ?t) (SAMPLE(?level) AS ?lv)"
                + " (COUNT(DISTINCT ?free) AS ?frees) WHERE { ?r a schema:LearningResource ."
                + " OPTIONAL { ?r schema:url ?u } OPTIONAL { ?r schema:name ?n }"
                + " OPTIONAL { ?r schema:learningResourceType ?type }"
                + " OPTIONAL { ?r schema:educationalLevel ?level }"
                + " OPTIONAL { ?r schema:isAccessibleForFree ?free } } GROUP BY ?r")) {
      String r = row.getResource("r").getURI();
      String url = row.contains("url") ? row.get("url").toString() : "";
      if (row.getLiteral("urls").getInt() != 1
          || !(url.startsWith("https://") || url.startsWith("http://"))
          || !row.get("url").isURIResource()) {
        bad.add(r + " url " + url);
      }
      if (row.getLiteral("names").getInt() != 1) {
        bad.add(r + " name");
      }
      String type = row.contains("t") ? row.getLiteral("t").getString() : "";
      if (!Set.of("video", "book", "interactive", "course", "article").contains(type)) {
        bad.add(r + " type " + type);
      }
      String level = row.contains("lv") ? row.getLiteral("lv").getString() : "";
      if (!Set.of("intuition", "rigorous").contains(level)) {
        bad.add(r + " level " + level);
      }
      if (row.getLiteral("frees").getInt() > 1) {
        bad.add(r + " free");
      }
    }
    assertEquals(List.of(), bad);
  }

  /**
   * The rule for {@code schema:teaches}: every resource teaches at least one topic, except a
   * series, course or book container, which may teach only through its parts, and a review part
   * ({@code schema:educationalUse "review"}), which teaches nothing new.
   */
  @Test
  void everyResourceTeachesATopicUnlessItIsAContainerOfParts() {
    List<String> bad =
        column(
            "SELECT ?r WHERE { ?r a schema:LearningResource . FILTER NOT EXISTS { ?r"
                + " schema:teaches ?t } FILTER NOT EXISTS { ?part schema:isPartOf ?r }"
                + " FILTER NOT EXISTS { ?r schema:educationalUse \"review\" } }",
            "r");
    bad.addAll(
        column(
            "SELECT ?r WHERE { ?r schema:teaches ?t . FILTER NOT EXISTS { ?t a ?kind . "
                + KINDS
                + " } }",
            "r"));
    assertEquals(List.of(), bad, "resources that teach nothing, or something that is no topic");
  }

  @Test
  void partsBelongToAKnownResourceAndHoldDistinctPositions() {
    List<String> bad =
        column(
            "SELECT ?r WHERE { ?r schema:isPartOf ?s . FILTER NOT EXISTS { ?s a"
                + " schema:LearningResource } }",
            "r");
    bad.addAll(
        column(
            "SELECT ?s WHERE { ?r schema:isPartOf ?s ; schema:position ?p } GROUP BY ?s ?p"
                + " HAVING (COUNT(?r) > 1)",
            "s"));
    bad.addAll(
        column(
            "SELECT ?r WHERE { ?r schema:position ?p . FILTER (DATATYPE(?p) != <"
                + "http://www.w3.org/2001/XMLSchema#integer> || ?p < 1) }",
            "r"));
    assertEquals(List.of(), bad, "parts with an unknown container or a clashing position");
  }

  @Test
  void durationsAreWellFormed() {
    for (QuerySolution row :
        select("SELECT ?r ?d WHERE { ?r schema:duration|schema:timeRequired ?d }")) {
      Literal d = row.getLiteral("d");
      assertEquals(
          "http://www.w3.org/2001/XMLSchema#duration",
          d.getDatatypeURI(),
          row.getResource("r").getURI());
      assertTrue(d.getDatatype().isValid(d.getLexicalForm()), d.getLexicalForm());
    }
  }

  /** Every topic of every kind is taught by some resource and has a resource to open first. */
  @Test
  void everyTopicHasAResourceAndAPlaceToStart() {
    List<String> bad = new ArrayList<>();
    for (String t :
        column(
            "SELECT ?t WHERE { ?t a ?kind . "
                + KINDS
                + " FILTER NOT EXISTS { ?r schema:teaches ?t } } ORDER BY ?t",
            "t")) {
      bad.add(t + " is taught by no resource");
    }
    for (String t :
        column(
            "SELECT ?t WHERE { ?t a ?kind . "
                + KINDS
                + " FILTER NOT EXISTS { ?t mlp:startWith ?r } } ORDER BY ?t",
            "t")) {
      bad.add(t + " has no mlp:startWith");
    }
    assertEquals(List.of(), bad, "topics without a resource or a startWith");
  }

  @Test
  void startWithPointsToOneResourceThatTeachesTheTopic() {
    List<String> bad =
        column(
            "SELECT ?t WHERE { ?t mlp:startWith ?r . FILTER NOT EXISTS { ?r schema:teaches ?t } }",
            "t");
    bad.addAll(
        column(
            "SELECT ?t WHERE { ?t mlp:startWith ?r } GROUP BY ?t HAVING (COUNT(DISTINCT ?r) > 1)",
            "t"));
    assertEquals(List.of(), bad, "startWith resources that do not teach their topic");
  }

  @Test
  void externalMatchesPointToEnglishWikipedia() {
    List<String> bad =
        column(
            "SELECT ?t WHERE { ?t skos:exactMatch|skos:closeMatch ?w ."
                + " FILTER (!STRSTARTS(STR(?w), \"https://en.wikipedia.org/wiki/\")) }",
            "t");
    assertEquals(List.of(), bad);
  }

  // ------------------------------------------------------------------ counts and files

  @Test
  void countsMeetTheIssueMinimums() {
    Map<String, Integer> byKind = new TreeMap<>();
    for (QuerySolution row :
        select(
            "SELECT ?kind (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a ?kind . "
                + KINDS
                + " FILTER NOT EXISTS { ?t a mlp:Umbrella } } GROUP BY ?kind")) {
      byKind.put(row.getResource("kind").getLocalName(), row.getLiteral("n").getInt());
    }
    int topics = byKind.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(topics >= 300, "topics, umbrellas not counted: " + topics);
    assertTrue(byKind.getOrDefault("ProgrammingSkill", 0) >= 15, byKind.toString());
    assertTrue(byKind.getOrDefault("Project", 0) >= 5, byKind.toString());
    assertTrue(byKind.getOrDefault("MLConcept", 0) >= 50, byKind.toString());
    assertTrue(byKind.getOrDefault("MathTopic", 0) >= 100, byKind.toString());

    Map<String, Integer> mathByArea = new TreeMap<>();
    for (QuerySolution row :
        select(
            "SELECT ?a (COUNT(?t) AS ?n) WHERE { ?t a mlp:MathTopic ; mlp:area ?a } GROUP BY ?a")) {
      mathByArea.put(row.getResource("a").getLocalName(), row.getLiteral("n").getInt());
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                "linear-algebra",
                "calculus",
                "trigonometry",
                "algebra",
                "statistics",
                "probability")),
        mathByArea.keySet(),
        "every math area has topics, and math lives only in math areas: " + mathByArea);

    int resources =
        select("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a schema:LearningResource }")
            .get(0)
            .getLiteral("n")
            .getInt();
    assertTrue(resources >= 150, "resources " + resources);
  }

  @Test
  void indexListsEveryCurriculumFileOnceAndNothingElse() throws IOException, URISyntaxException {
    List<String> listed = BundledData.indexedFiles();
    assertEquals(new HashSet<>(listed).size(), listed.size(), "duplicates in INDEX " + listed);
    URL url = BundledData.class.getClassLoader().getResource(BundledData.CURRICULUM_DIR + "INDEX");
    Set<String> present;
    if ("file".equals(url.getProtocol())) {
      try (Stream<Path> files = Files.list(Path.of(url.toURI()).getParent())) {
        present =
            files
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".ttl"))
                .collect(Collectors.toCollection(TreeSet::new));
      }
    } else {
      assertEquals("jar", url.getProtocol(), "the curriculum is in a folder or in the data jar");
      JarURLConnection jar = (JarURLConnection) url.openConnection();
      jar.setUseCaches(false);
      try (JarFile file = jar.getJarFile()) {
        String dir = BundledData.CURRICULUM_DIR;
        present =
            file.stream()
                .map(JarEntry::getName)
                .filter(n -> n.startsWith(dir) && n.endsWith(".ttl"))
                .map(n -> n.substring(dir.length()))
                .filter(n -> !n.contains("/"))
                .collect(Collectors.toCollection(TreeSet::new));
      }
    }
    assertEquals(present, new TreeSet<>(listed), "curriculum files missing from INDEX");
  }

  // ------------------------------------------------------------------ helpers

  private List<QuerySolution> select(String query) {
    try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + query).build()) {
      List<QuerySolution> rows = new ArrayList<>();
      qe.execSelect().forEachRemaining(rows::add);
      return rows;
    }
  }

  private List<String> column(String query, String var) {
    return select(query).stream()
        .map(row -> row.get(var).toString())
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private Set<String> topicIris() {
    return new TreeSet<>(column("SELECT DISTINCT ?t WHERE { ?t a ?kind . " + KINDS + " }", "t"));
  }

  private Set<String> topicIds() {
    return topicIris().stream()
        .map(t -> t.substring(BundledData.TOPIC_NS.length()))
        .collect(Collectors.toSet());
  }

  private final Map<String, String> kinds = new HashMap<>();

  private String kindOf(String topic) {
    if (kinds.isEmpty()) {
      for (QuerySolution row : select("SELECT ?t ?kind WHERE { ?t a ?kind . " + KINDS + " }")) {
        kinds.put(row.getResource("t").getURI(), row.getResource("kind").getLocalName());
      }
    }
    return kinds.getOrDefault(topic, "none");
  }

  private Map<String, Set<String>> edges(String property) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (QuerySolution row : select("SELECT ?a ?b WHERE { ?a " + property + " ?b }")) {
      out.computeIfAbsent(row.getResource("a").getURI(), k -> new TreeSet<>())
          .add(row.getResource("b").getURI());
    }
    return out;
  }

  /** The first cycle found, every topic in it named in order, or an empty list. */
  private static List<String> findCycle(Map<String, Set<String>> edges) {
    Map<String, Integer> state = new HashMap<>();
    for (String start : edges.keySet()) {
      List<String> cycle = visit(start, edges, state, new ArrayList<>());
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    return List.of();
  }

  private static List<String> visit(
      String node, Map<String, Set<String>> edges, Map<String, Integer> state, List<String> path) {
    Integer s = state.get(node);
    if (s != null && s == 2) {
      return List.of();
    }
    if (s != null && s == 1) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      cycle.add(node);
      return cycle;
    }
    state.put(node, 1);
    path.add(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      List<String> cycle = visit(next, edges, state, path);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    state.put(node, 2);
    return List.of();
  }

  /** Kahn's algorithm, ties broken by IRI so the order is the same every run. */
  private static List<String> topologicalOrder(
      Set<String> topics, Map<String, Set<String>> requires) {
    Map<String, Integer> missing = new LinkedHashMap<>();
    Map<String, Set<String>> dependents = new HashMap<>();
    for (String t : topics) {
      Set<String> pre = requires.getOrDefault(t, Set.of());
      missing.put(t, pre.size());
      pre.forEach(p -> dependents.computeIfAbsent(p, k -> new TreeSet<>()).add(t));
    }
    TreeSet<String> ready = new TreeSet<>();
    missing.forEach(
        (t, n) -> {
          if (n == 0) {
            ready.add(t);
          }
        });
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String t = ready.pollFirst();
      order.add(t);
      for (String d : dependents.getOrDefault(t, Set.of())) {
        if (missing.merge(d, -1, Integer::sum) == 0) {
          ready.add(d);
        }
      }
    }
    return order;
  }
}
