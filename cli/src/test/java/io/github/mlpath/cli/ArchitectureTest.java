package io.github.mlpath.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.mlpath.cli.request.Operation;
import org.junit.jupiter.api.Test;

/** cli's place in the design (docs/architecture.md, "Rules"), checked on its classes. */
class ArchitectureTest {
  static final JavaClasses CLI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.mlpath.cli");

  @Test
  void theRulesSeeCliClasses() {
    assertTrue(CLI.contain(Main.class) && CLI.contain(Operation.class));
    assertFalse(CLI.contain(ArchitectureTest.class), "main code only");
  }

  @Test
  void cliUsesOnlyWhatCoreExportsNotItsInternals() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.mlpath.core.internal..")
        .check(CLI);
  }

  @Test
  void cliPackagesFormNoCycle() {
    slices().matching("io.github.mlpath.(**)").should().beFreeOfCycles().check(CLI);
  }

  @Test
  void theRequestLayerAndTheRenderersKnowNeitherTheCommandsNorTheServer() {
    noClasses()
        .that()
        .resideInAnyPackage("io.github.mlpath.cli.request..", "io.github.mlpath.cli.render..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.mlpath.cli", "io.github.mlpath.cli.serve..")
        .check(CLI);
  }

  @Test
  void theServerKnowsNoCommand() {
    noClasses()
        .that()
        .resideInAPackage("io.github.mlpath.cli.serve..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.mlpath.cli")
        .check(CLI);
  }
}
