package io.github.mlpath.graph.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The shapes of learning resources, on every instance of {@code schema:LearningResource}. */
final class ResourceRules {
  static final String IRI_MESSAGE = "a learning resource must be named by an IRI, not a blank node";
  static final String NAME_MESSAGE = "resource has no schema:name";
  static final String NAME_TEXT_MESSAGE =
      "a resource's schema:name must not be empty or only spaces: it is the title a learner looks"
          + " for";
  static final String URL_MESSAGE = "resource needs one schema:url, an http or https URL";
  static final String DURATION_MESSAGE =
      "schema:duration (a video's play length) must be an ISO 8601 duration in hours, minutes or"
          + " seconds, such as PT19M or PT1H2M3S";
  static final String DURATION_LENGTH_MESSAGE =
      "schema:duration is zero: a video that plays for no time is a mistake in the data, and it"
          + " makes the step take no time";
  static final String TIME_REQUIRED_MESSAGE =
      "schema:timeRequired (a course's own stated time) must be an ISO 8601 duration in weeks,"
          + " days, hours, minutes or seconds, such as PT19M or PT1H30M";
  static final String MEDIUM_MESSAGE =
      "schema:learningResourceType must be one of video, book, interactive, course, article";
  static final String DEPTH_MESSAGE = "schema:educationalLevel must be intuition or rigorous";
  static final String FREE_MESSAGE = "schema:isAccessibleForFree must be true or false";
  static final String POSITION_MESSAGE = "schema:position must be a whole number from 1";
  static final String PART_OF_MESSAGE = "schema:isPartOf must name one schema:LearningResource";

  private static final Pattern URL =
      Pattern.compile("^https?://[^/\\s<>\"{}|\\\\^`]+(/[^\\s<>\"{}|\\\\^`]*)?$");
  static final Pattern DURATION =
      Pattern.compile(
          "^P(?=\\d|T\\d)(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$");

  /** Some text: a character that is not a space ({@code sh:pattern "\\S"}). */
  static final Pattern TEXT = Pattern.compile("\\S");

  private static final Pattern NONZERO = Pattern.compile("[1-9]");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Set<String> MEDIA =
      Set.of("video", "book", "interactive", "course", "article");
  private static final Set<String> DEPTHS = Set.of("intuition", "rigorous");

  private ResourceRules() {}

  static void check(Facts f, Known k, Classes classes, Findings out) {
    BitSet resources = classes.instances(k.learningResource);
    for (int r = resources.nextSetBit(0); r >= 0; r = resources.nextSetBit(r + 1)) {
      List<String> concerns = new ArrayList<>();
      for (int t : f.objects(r, k.teaches)) {
        if (f.isIri(t)) {
          concerns.add(Terms.id(f.iri(t)));
        }
      }
      if (!f.isIri(r)) {
        out.error("resource", IRI_MESSAGE, r, f.firstPosition(r), concerns);
      }
      ShapeChecks shape = new ShapeChecks(f, out, r, concerns);
      shape.minCount("resource-name", NAME_MESSAGE, k.name, 1);
      shape.each("resource-name-text", NAME_TEXT_MESSAGE, k.name, o -> matches(f, o, TEXT));
      shape.minCount("resource-url", URL_MESSAGE, k.url, 1);
      shape.maxCount("resource-url", URL_MESSAGE, k.url, 1);
      shape.each("resource-url", URL_MESSAGE, k.url, o -> matches(f, o, URL));
      shape.maxCount("resource-duration", DURATION_MESSAGE, k.duration, 1);
      shape.each("resource-duration", DURATION_MESSAGE, k.duration, o -> matches(f, o, DURATION));
      shape.eachWarning(
          "resource-duration-length",
          DURATION_LENGTH_MESSAGE,
          k.duration,
          o -> matches(f, o, NONZERO));
      shape.maxCount("resource-time-required", TIME_REQUIRED_MESSAGE, k.timeRequired, 1);
      shape.each(
          "resource-time-required",
          TIME_REQUIRED_MESSAGE,
          k.timeRequired,
          o -> matches(f, o, DURATION));
      shape.maxCount("resource-medium", MEDIUM_MESSAGE, k.resourceType, 1);
      shape.each("resource-medium", MEDIUM_MESSAGE, k.resourceType, o -> plain(f, k, o, MEDIA));
      shape.maxCount("resource-depth", DEPTH_MESSAGE, k.level, 1);
      shape.each("resource-depth", DEPTH_MESSAGE, k.level, o -> plain(f, k, o, DEPTHS));
      shape.maxCount("resource-free", FREE_MESSAGE, k.free, 1);
      shape.each("resource-free", FREE_MESSAGE, k.free, o -> isBoolean(f, k, o));
      shape.maxCount("resource-position", POSITION_MESSAGE, k.position, 1);
      shape.each("resource-position", POSITION_MESSAGE, k.position, o -> isPosition(f, k, o));
      shape.maxCount("resource-part-of", PART_OF_MESSAGE, k.partOf, 1);
      shape.each("resource-part-of", PART_OF_MESSAGE, k.partOf, resources::get);
    }
  }

  static boolean matches(Facts f, int o, Pattern p) {
    return f.kind(o) != Facts.BLANK && p.matcher(Values.str(f, o)).find();
  }

  /** A plain string literal (no language) among {@code allowed}, as {@code sh:in} compares. */
  private static boolean plain(Facts f, Known k, int o, Set<String> allowed) {
    return f.isLiteral(o) && f.datatype(o).equals(k.xsdString) && allowed.contains(f.lexical(o));
  }

  private static boolean isBoolean(Facts f, Known k, int o) {
    return f.isLiteral(o)
        && f.datatype(o).equals(k.xsdBoolean)
        && Set.of("true", "false", "1", "0").contains(f.lexical(o));
  }

  private static boolean isPosition(Facts f, Known k, int o) {
    if (!f.isLiteral(o)
        || !f.datatype(o).equals(k.xsdInteger)
        || !INTEGER.matcher(f.lexical(o)).matches()) {
      return false;
    }
    return new java.math.BigInteger(f.lexical(o)).signum() > 0;
  }
}
