package io.github.mlpath.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A small curriculum that uses every field of the model at least once, and leaves every optional
 * one empty at least once: all four kinds, two IRI namespaces, unicode labels and reasons, edges
 * with and without reasons, topics with and without areas and extras, resources with every property
 * and with none. Tests of anything that copies a curriculum (the snapshot codec) compare on it;
 * when the model grows, grow this too.
 */
public final class RichFixture {
  public static final String NS = "https://w3id.org/mlpath/topic/";

  private RichFixture() {}

  public static Curriculum curriculum() {
    CurriculumBuilder b = new CurriculumBuilder();
    b.addArea(new Area("python", "https://w3id.org/mlpath/area/python", "Python"));
    b.addArea(new Area("analyse", "https://w3id.org/mlpath/area/analyse", "Analyse réelle"));
    b.addTopic(
        new Topic(
            "python-basics",
            NS + "python-basics",
            "Python basics",
            TopicKind.PROGRAMMING,
            Optional.of("python"),
            new TopicDetails(
                List.of("Python", "Py"),
                Optional.of("Variables, loops and functions."),
                List.of(),
                Optional.of(Duration.ofHours(12)),
                List.of("https://en.wikipedia.org/wiki/Python_(programming_language)"),
                false,
                OptionalInt.of(1))));
    b.addTopic(Topic.of("first-project", NS + "first-project", "First project", TopicKind.PROJECT));
    b.addTopic(
        new Topic(
            "dérivée",
            "urn:example:dérivée",
            "Dérivée",
            TopicKind.MATH,
            Optional.of("analyse"),
            new TopicDetails(
                List.of("導関数"),
                Optional.empty(),
                List.of("calculus"),
                Optional.empty(),
                List.of(),
                false,
                OptionalInt.empty())));
    b.addTopic(
        new Topic(
            "calculus",
            NS + "calculus",
            "微积分",
            TopicKind.MATH,
            Optional.of("analyse"),
            new TopicDetails(
                List.of(),
                Optional.of("The mathematics of change 📈."),
                List.of(),
                Optional.empty(),
                List.of(),
                true,
                OptionalInt.of(2))));
    b.addTopic(
        Topic.of(
            "neural-networks", NS + "neural-networks", "Neural networks", TopicKind.ML_CONCEPT));
    b.addPrerequisite("neural-networks", "dérivée", "gradients are derivatives — Ableitungen");
    b.addPrerequisite("neural-networks", "first-project");
    b.addPrerequisite("first-project", "python-basics", "you write the project in Python");
    b.addPrerequisite("dérivée", "calculus");
    b.markGist("neural-networks", "first-project");
    b.addResource(
        new Resource(
            "book-ch2",
            "https://w3id.org/mlpath/resource/book-ch2",
            "Chapter 2: Derivatives",
            Optional.of("https://example.org/book/2"),
            Optional.of(Medium.BOOK),
            Optional.of(Duration.ofMinutes(95).plusNanos(5)),
            Optional.of(false),
            Optional.of(Depth.RIGOROUS),
            List.of("Ada Lovelace", "Émilie du Châtelet"),
            Optional.of("book"),
            OptionalInt.of(2),
            Optional.of("17-48"),
            List.of("calculus", "dérivée"),
            OptionalInt.of(32),
            OptionalInt.of(9000),
            Optional.of(Duration.ofHours(3))));
    b.addResource(
        new Resource(
            "book",
            "https://w3id.org/mlpath/resource/book",
            "The book",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(true),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            OptionalInt.empty(),
            Optional.empty(),
            List.of(),
            OptionalInt.empty(),
            OptionalInt.empty(),
            Optional.empty()));
    b.addResource(
        new Resource(
            "video",
            "urn:example:video",
            "A video",
            Optional.of("https://example.org/v"),
            Optional.of(Medium.VIDEO),
            Optional.of(Duration.ofMinutes(19)),
            Optional.empty(),
            Optional.of(Depth.INTUITION),
            List.of(),
            Optional.empty(),
            OptionalInt.empty(),
            Optional.empty(),
            List.of("dérivée"),
            OptionalInt.empty(),
            OptionalInt.empty(),
            Optional.empty()));
    b.startWith("dérivée", "video");
    b.startWith("calculus", "book-ch2");
    return b.build();
  }
}
