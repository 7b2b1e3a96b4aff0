package io.github.mlpath.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A small curriculum with a video series of three episodes, a course unit, a book section and a web
 * page, to test how resources are chosen and how their sizes become hours. Episode 1 teaches
 * vectors, episode 2 matrices and vectors (again), episode 3 matrix multiplication; a textbook
 * section covers matrices and matrix multiplication; "Lecture 12: Graphs, networks, incidence
 * matrices" and "Lecture 31: Change of basis" are rigorous lectures.
 */
public final class SeriesFixture {
  private SeriesFixture() {}

  public static Curriculum curriculum() {
    CurriculumBuilder b = new CurriculumBuilder();
    b.addArea(new Area("math", "https://w3id.org/mlpath/area/math", "Math"));
    for (String[] t :
        new String[][] {
          {"vectors", "Vectors"},
          {"matrices", "Matrices"},
          {"matrix-multiplication", "Matrix multiplication"},
          {"change-of-basis", "Change of basis"},
          {"eigenvalues", "Eigenvalues"}
        }) {
      b.addTopic(
          new Topic(
              t[0],
              SeedFixture.NS + t[0],
              t[1],
              TopicKind.MATH,
              Optional.of("math"),
              TopicDetails.of(List.of(), Optional.empty(), List.of())));
    }
    b.addPrerequisite("matrices", "vectors", "a matrix's columns are vectors");
    b.addPrerequisite("matrix-multiplication", "matrices", "it multiplies matrices");
    b.addPrerequisite("eigenvalues", "matrix-multiplication", "A v = lambda v is a product");
    b.addResource(series("series", "Essence", Optional.empty(), OptionalInt.empty(), 0, "vectors"));
    b.addResource(
        series(
            "ep1",
            "Vectors, what even are they?",
            Optional.of("series"),
            OptionalInt.of(1),
            10,
            "vectors"));
    b.addResource(
        series(
            "ep2",
            "Linear transformations and matrices",
            Optional.of("series"),
            OptionalInt.of(2),
            12,
            "matrices",
            "vectors"));
    b.addResource(
        series(
            "ep3",
            "Matrix multiplication as composition",
            Optional.of("series"),
            OptionalInt.of(3),
            10,
            "matrix-multiplication"));
    b.addResource(
        new Resource(
            "book-2-2",
            "https://w3id.org/mlpath/resource/book-2-2",
            "2.2 Matrices",
            Optional.of("https://example.org/book"),
            Optional.of(Medium.BOOK),
            Optional.empty(),
            Optional.of(true),
            Optional.of(Depth.RIGOROUS),
            List.of(),
            Optional.empty(),
            OptionalInt.empty(),
            Optional.of("22-27"),
            List.of("matrices", "matrix-multiplication"),
            OptionalInt.empty(),
            OptionalInt.empty(),
            Optional.empty()));
    b.addResource(
        lecture("lecture-12", "Lecture 12: Graphs, networks, incidence matrices", "matrices"));
    b.addResource(
        lecture("lecture-28", "Lecture 28: Similar matrices and Jordan form", "change-of-basis"));
    b.addResource(
        lecture("lecture-31", "Lecture 31: Change of basis; image compression", "change-of-basis"));
    b.addResource(
        new Resource(
            "unit",
            "https://w3id.org/mlpath/resource/unit",
            "Eigen-everything",
            Optional.of("https://example.org/unit"),
            Optional.of(Medium.COURSE),
            Optional.empty(),
            Optional.of(true),
            Optional.of(Depth.INTUITION),
            List.of(),
            Optional.empty(),
            OptionalInt.empty(),
            Optional.empty(),
            List.of("eigenvalues", "change-of-basis"),
            OptionalInt.empty(),
            OptionalInt.empty(),
            Optional.of(Duration.ofHours(3))));
    b.startWith("vectors", "series");
    b.startWith("matrices", "ep2");
    b.startWith("matrix-multiplication", "ep3");
    return b.build();
  }

  private static Resource series(
      String id,
      String title,
      Optional<String> partOf,
      OptionalInt position,
      int minutes,
      String... teaches) {
    return new Resource(
        id,
        "https://w3id.org/mlpath/resource/" + id,
        title,
        Optional.of("https://example.org/" + id),
        Optional.of(Medium.VIDEO),
        minutes == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes)),
        Optional.of(true),
        Optional.of(Depth.INTUITION),
        List.of(),
        partOf,
        position,
        Optional.empty(),
        List.of(teaches),
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.empty());
  }

  private static Resource lecture(String id, String title, String teaches) {
    return new Resource(
        id,
        "https://w3id.org/mlpath/resource/" + id,
        title,
        Optional.of("https://example.org/" + id),
        Optional.of(Medium.VIDEO),
        Optional.of(Duration.ofMinutes(50)),
        Optional.of(true),
        Optional.of(Depth.RIGOROUS),
        List.of(),
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        List.of(teaches),
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.empty());
  }
}
