package io.github.mlpath.graph.vocab;

import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The mlpath vocabulary, namespace {@value #NS}, as Jena terms. The Turtle source with labels and
 * comments is {@code mlpath/vocabulary.ttl} in the data module; {@code docs/vocabulary.md} has a
 * worked example.
 */
public final class MLP {
  private MLP() {}

  /** The vocabulary namespace. */
  public static final String NS = "https://w3id.org/mlpath/ns#";

  /** The usual prefix for {@link #NS}. */
  public static final String PREFIX = "mlp";

  /** Namespace of the bundled topics: a topic's IRI is this plus its id. */
  public static final String TOPIC_NS = "https://w3id.org/mlpath/topic/";

  /** Namespace of the bundled learning resources. */
  public static final String RESOURCE_NS = "https://w3id.org/mlpath/resource/";

  /** Namespace of the areas. */
  public static final String AREA_NS = "https://w3id.org/mlpath/area/";

  /**
   * The prefixes mlpath declares wherever it reads or writes RDF: on every loaded graph and in
   * every SPARQL query: mlp, topic, res, area, skos, schema, rdf, rdfs, xsd.
   */
  public static final Map<String, String> PREFIXES =
      Map.of(
          PREFIX,
          NS,
          "topic",
          TOPIC_NS,
          "res",
          RESOURCE_NS,
          "area",
          AREA_NS,
          "skos",
          SKOS.uri,
          SCHEMA.PREFIX,
          SCHEMA.NS,
          "rdf",
          RDF.uri,
          "rdfs",
          RDFS.uri,
          "xsd",
          XSD.NS);

  /** {@code mlp:Topic}: something a learner learns; a skos:Concept. */
  public static final Resource Topic = resource("Topic");

  /** {@code mlp:ProgrammingSkill}: a programming topic, learned first. */
  public static final Resource ProgrammingSkill = resource("ProgrammingSkill");

  /** {@code mlp:Project}: a hands-on ML project. */
  public static final Resource Project = resource("Project");

  /** {@code mlp:MLConcept}: a machine-learning concept. */
  public static final Resource MLConcept = resource("MLConcept");

  /** {@code mlp:MathTopic}: a topic of mathematics. */
  public static final Resource MathTopic = resource("MathTopic");

  /** {@code mlp:Area}: a subject area. */
  public static final Resource Area = resource("Area");

  /** {@code mlp:Areas}: the concept scheme that holds the areas. */
  public static final Resource Areas = resource("Areas");

  /** {@code mlp:QualifiedPrerequisite}: a node carrying the reason of one requires edge. */
  public static final Resource QualifiedPrerequisite = resource("QualifiedPrerequisite");

  /** {@code mlp:Umbrella}: a topic that groups the topics under it; never a step. */
  public static final Resource Umbrella = resource("Umbrella");

  /** {@code mlp:teachingOrder}: a topic's place in the teaching order, an integer. */
  public static final Property teachingOrder = property("teachingOrder");

  /** {@code mlp:area}: topic to area. */
  public static final Property area = property("area");

  /** {@code mlp:requires}: topic to the topic it requires. */
  public static final Property requires = property("requires");

  /** {@code mlp:qualifiedRequirement}: topic to a qualified prerequisite node. */
  public static final Property qualifiedRequirement = property("qualifiedRequirement");

  /** {@code mlp:requiredTopic}: qualified prerequisite node to the required topic. */
  public static final Property requiredTopic = property("requiredTopic");

  /** {@code mlp:reason}: qualified prerequisite node to its one-line reason. */
  public static final Property reason = property("reason");

  /** {@code mlp:startWith}: topic to the resource to open first. */
  public static final Property startWith = property("startWith");

  /** {@code mlp:requiresGist}: a weaker requires edge; the topic needs only the object's gist. */
  public static final Property requiresGist = property("requiresGist");

  /** {@code mlp:learningTime}: how long the whole topic takes to learn, an xsd:duration. */
  public static final Property learningTime = property("learningTime");

  // ---------------------------------------------------------------- the learner model

  /** Namespace of learners: a learner's IRI is this plus their name. */
  public static final String LEARNER_NS = "https://w3id.org/mlpath/learner/";

  /** {@code mlp:selfCheck}: topic to a concrete task, with its answer, that checks it is known. */
  public static final Property selfCheck = property("selfCheck");

  /** {@code mlp:Learner}: a person learning with mlpath, as their profile describes them. */
  public static final Resource Learner = resource("Learner");

  /** {@code mlp:Mark}: one known topic with its day and origin. */
  public static final Resource Mark = resource("Mark");

  /** {@code mlp:ReviewSchedule}: the SM-2 review state of one learned topic. */
  public static final Resource ReviewSchedule = resource("ReviewSchedule");

  /** {@code mlp:learned}: learner to the mark of a topic they learned or the quiz placed. */
  public static final Property learned = property("learned");

  /** {@code mlp:implied}: learner to the mark of a topic a learned one requires. */
  public static final Property implied = property("implied");

  /** {@code mlp:topic}: mark or review schedule to its topic. */
  public static final Property topic = property("topic");

  /** {@code mlp:date}: mark to the day (xsd:date). */
  public static final Property date = property("date");

  /** {@code mlp:origin}: mark to "learned" or "assessed". */
  public static final Property origin = property("origin");

  /** {@code mlp:goals}: learner to the RDF list of their goals, in the order added. */
  public static final Property goals = property("goals");

  /** {@code mlp:hoursPerWeek}: learner to their pace (xsd:decimal). */
  public static final Property hoursPerWeek = property("hoursPerWeek");

  /** {@code mlp:startDate}: learner to the day their schedule started (xsd:date). */
  public static final Property startDate = property("startDate");

  /** {@code mlp:preferredMedium}: learner to a medium slug. */
  public static final Property preferredMedium = property("preferredMedium");

  /** {@code mlp:freeOnly}: learner to whether they want free resources (xsd:boolean). */
  public static final Property freeOnly = property("freeOnly");

  /** {@code mlp:preferredDepth}: learner to "intuition" or "rigorous". */
  public static final Property preferredDepth = property("preferredDepth");

  /** {@code mlp:strategy}: learner to "jit" or "math-first". */
  public static final Property strategy = property("strategy");

  /** {@code mlp:review}: learner to the review schedule of one topic. */
  public static final Property review = property("review");

  /** {@code mlp:lastReviewed}: review schedule to the day of its last review (xsd:date). */
  public static final Property lastReviewed = property("lastReviewed");

  /** {@code mlp:due}: review schedule to the day the next review is due (xsd:date). */
  public static final Property due = property("due");

  /** {@code mlp:repetitions}: review schedule to its repetitions (xsd:decimal). */
  public static final Property repetitions = property("repetitions");

  /** {@code mlp:ease}: review schedule to its SM-2 ease (xsd:decimal). */
  public static final Property ease = property("ease");

  /** {@code mlp:interval}: review schedule to its interval in days (xsd:integer). */
  public static final Property interval = property("interval");

  /** {@code mlp:lapses}: review schedule to how often the topic was forgotten. */
  public static final Property lapses = property("lapses");

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
