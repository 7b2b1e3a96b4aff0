package io.github.mlpath.graph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.mlpath.graph.load.RdfLoader;
import org.junit.jupiter.api.Test;

/** graph's place in the design (docs/architecture.md, "Rules"), checked on its classes. */
class ArchitectureTest {
  static final JavaClasses GRAPH =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.mlpath.graph");

  @Test
  void theRulesSeeGraphsClasses() {
    assertTrue(GRAPH.contain(CurriculumSource.class) && GRAPH.contain(RdfLoader.class));
    assertFalse(GRAPH.contain(ArchitectureTest.class), "main code only");
  }

  @Test
  void graphDependsOnCoreButNeverOnTheCommandLine() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.mlpath.cli..")
        .check(GRAPH);
  }

  @Test
  void graphUsesOnlyWhatCoreExportsNotItsInternals() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.mlpath.core.internal..")
        .check(GRAPH);
  }

  @Test
  void graphPackagesFormNoCycle() {
    slices().matching("io.github.mlpath.(**)").should().beFreeOfCycles().check(GRAPH);
  }

  @Test
  void theTopPackageIsApiThatImportsNoneOfTheMachineryBelowIt() {
    noClasses()
        .that()
        .resideInAPackage("io.github.mlpath.graph")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.mlpath.graph.*..")
        .check(GRAPH);
  }

  @Test
  void thePlanningInterfaceAndTheSourceSpecCarryNoJenaType() {
    noClasses()
        .that()
        .belongToAnyOf(CurriculumSource.class, SourceSpec.class)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.jena..")
        .check(GRAPH);
  }
}
