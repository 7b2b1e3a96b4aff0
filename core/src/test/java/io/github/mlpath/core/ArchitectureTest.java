package io.github.mlpath.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.mlpath.core.internal.IdIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** core's place in the design (docs/architecture.md, "Rules"), checked on its classes. */
class ArchitectureTest {
  static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.mlpath.core");

  @Test
  void theRulesSeeCoresClasses() {
    assertTrue(CORE.contain(Curriculum.class) && CORE.contain(IdIndex.class));
    assertFalse(CORE.contain(ArchitectureTest.class), "main code only");
  }

  @Test
  void coreDependsOnNoRdfLibraryAndOnNoOtherModuleOfMlpath() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.jena..",
            "org.eclipse.rdf4j..",
            "org.apache.commons.rdf..",
            "io.github.mlpath.graph..",
            "io.github.mlpath.cli..")
        .check(CORE);
  }

  @Test
  void corePackagesFormNoCycle() {
    slices().matching("io.github.mlpath.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void theApiExposesNoInternalType() {
    codeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .should(exposeNoTypeFrom("..internal.."))
        .check(CORE);
  }

  /** No parameter or return type of a code unit in packages matching {@code packages}. */
  static ArchCondition<JavaCodeUnit> exposeNoTypeFrom(String packages) {
    return new ArchCondition<>("expose no type from " + packages) {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
        types.add(unit.getRawReturnType());
        for (JavaClass t : types) {
          if (t.getPackage().getName().contains(".internal")) {
            events.add(
                SimpleConditionEvent.violated(
                    unit, unit.getFullName() + " exposes " + t.getName() + ", which is internal"));
          }
        }
      }
    };
  }
}
