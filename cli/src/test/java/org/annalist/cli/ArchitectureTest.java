package org.annalist.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward to model; each library stays in its module. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // other modules' test jars (the ingest module's document generators) are tests too
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("org.annalist");

  @Test
  void modelDependsOnNothingElse() {
    noClasses().that().resideInAPackage("org.annalist.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.annalist.extract..", "org.annalist.transform..",
            "org.annalist.export..", "org.annalist.store..", "org.annalist.pipeline..", "org.annalist.cli..")
        .check(CLASSES);
  }

  @Test
  void stagesDoNotDependOnEachOther() {
    noClasses().that().resideInAPackage("org.annalist.extract..")
        .should().dependOnClassesThat().resideInAnyPackage("org.annalist.transform..", "org.annalist.export..", "org.annalist.cli..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.annalist.transform..")
        .should().dependOnClassesThat().resideInAnyPackage("org.annalist.extract..", "org.annalist.export..", "org.annalist.cli..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.annalist.export..")
        .should().dependOnClassesThat().resideInAnyPackage("org.annalist.extract..", "org.annalist.transform..",
            "org.annalist.store..", "org.annalist.pipeline..", "org.annalist.cli..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.annalist.store..")
        .should().dependOnClassesThat().resideInAnyPackage("org.annalist.extract..", "org.annalist.transform..",
            "org.annalist.export..", "org.annalist.pipeline..", "org.annalist.cli..")
        .check(CLASSES);
  }

  @Test
  void readingKnowsOnlyTheModel() {
    noClasses().that().resideInAPackage("org.annalist.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage("org.annalist.extract..", "org.annalist.transform..",
            "org.annalist.export..", "org.annalist.store..", "org.annalist.pipeline..", "org.annalist.cli..")
        .check(CLASSES);
  }

  @Test
  void thePipelineKnowsNeitherTheCommandLineNorTheStore() {
    noClasses().that().resideInAPackage("org.annalist.pipeline..")
        .should().dependOnClassesThat().resideInAnyPackage("org.annalist.cli..", "org.annalist.store..",
            "org.annalist.export..", "picocli..", "me.tongfei..")
        .check(CLASSES);
  }

  @Test
  void librariesStayInTheirModules() {
    noClasses().that().resideOutsideOfPackage("org.annalist.extract..")
        .should().dependOnClassesThat().resideInAPackage("opennlp.tools..").check(CLASSES);
    noClasses().that().haveNameNotMatching("org\\.annalist\\.export\\.XlsxWriter(\\$.*)?")
        .and().resideOutsideOfPackage("org.annalist.ingest.docx..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.poi..").check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.annalist.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "org.apache.pdfbox..", "org.mozilla.universalchardet..")
        .check(CLASSES);
    noClasses().that().haveNameNotMatching("org\\.annalist\\.export\\.CsvWriter(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..").check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.annalist.store..")
        .should().dependOnClassesThat().resideInAnyPackage("org.duckdb..", "java.sql..").check(CLASSES);
  }

  @Test
  void onlyMainExits() {
    noClasses().that().doNotHaveFullyQualifiedName("org.annalist.cli.Main")
        .should().callMethod(System.class, "exit", int.class).check(CLASSES);
  }
}
