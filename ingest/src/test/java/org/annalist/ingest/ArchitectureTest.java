package org.annalist.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Each format's library stays in its reader's package; the contract knows no format library. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.annalist.ingest");

  @Test
  void eachLibraryStaysInItsPackage() {
    noClasses().that().resideOutsideOfPackage("org.annalist.ingest.html..")
        .should().dependOnClassesThat().resideInAPackage("org.jsoup..").check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.annalist.ingest.pdf..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..").check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.annalist.ingest.docx..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..").check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.annalist.ingest.rtf..")
        .should().dependOnClassesThat().resideInAPackage("javax.swing..").check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.annalist.ingest.odt..")
        .should().dependOnClassesThat().resideInAPackage("javax.xml.stream..").check(CLASSES);
  }

  @Test
  void theContractDependsOnNoReader() {
    noClasses().that().resideInAPackage("org.annalist.ingest")
        .should().dependOnClassesThat().resideInAnyPackage("org.annalist.ingest.*..")
        .check(CLASSES);
  }

  @Test
  void readersDoNotKnowEachOther() {
    for (String p : new String[] {"html", "pdf", "docx", "odt", "rtf", "text"}) {
      noClasses().that().resideInAPackage("org.annalist.ingest." + p + "..")
          .should().dependOnClassesThat().resideInAnyPackage(otherReaders(p)).check(CLASSES);
    }
  }

  private static String[] otherReaders(String self) {
    return java.util.Arrays.stream(new String[] {"html", "pdf", "docx", "odt", "rtf", "text"})
        .filter(p -> !p.equals(self)).map(p -> "org.annalist.ingest." + p + "..").toArray(String[]::new);
  }
}
