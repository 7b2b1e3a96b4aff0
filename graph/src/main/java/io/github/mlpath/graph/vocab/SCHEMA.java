package io.github.mlpath.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms mlpath uses for learning resources, namespace {@value #NS}. */
public final class SCHEMA {
  private SCHEMA() {}

  public static final String NS = "https://schema.org/";
  public static final String PREFIX = "schema";

  public static final Resource LearningResource =
      ResourceFactory.createResource(NS + "LearningResource");
  public static final Property name = property("name");
  public static final Property url = property("url");
  public static final Property teaches = property("teaches");
  public static final Property timeRequired = property("timeRequired");
  public static final Property duration = property("duration");
  public static final Property learningResourceType = property("learningResourceType");
  public static final Property isAccessibleForFree = property("isAccessibleForFree");
  public static final Property educationalLevel = property("educationalLevel");
  public static final Property author = property("author");
  public static final Property isPartOf = property("isPartOf");
  public static final Property position = property("position");
  public static final Property pagination = property("pagination");
  public static final Property numberOfPages = property("numberOfPages");
  public static final Property wordCount = property("wordCount");
  public static final Property educationalUse = property("educationalUse");

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
