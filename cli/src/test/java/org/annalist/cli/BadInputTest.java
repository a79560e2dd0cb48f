package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input: a clear message, a row in errors.csv, and the other documents still go through. */
class BadInputTest {
  @TempDir
  Path dir;
  Path good;

  @BeforeEach
  void goodDocument() throws IOException {
    good = dir.resolve("good.txt");
    Files.writeString(good, "On October 10, 1939, Lithuania signed a treaty in Moscow.\n", StandardCharsets.UTF_8);
  }

  private List<String> errorsCsv(Path out) throws IOException {
    return Files.readAllLines(out.resolve("errors.csv"), StandardCharsets.UTF_8);
  }

  private void expectOneBad(Path bad, String reason) throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("run", good.toString(), bad.toString(), "--out", out.toString(), "-q", "--formats", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains(bad.toString()).contains(reason);
    assertThat(errorsCsv(out)).hasSize(2);
    assertThat(errorsCsv(out).get(1)).contains(reason);
    assertThat(Files.readString(out.resolve("documents.csv"))).contains("good");
    assertThat(Files.readString(out.resolve("dates.csv"))).contains("1939-10-10");
  }

  @Test
  void missingPath() throws IOException {
    expectOneBad(dir.resolve("nowhere.txt"), "no such file or folder");
  }

  @Test
  void emptyFile() throws IOException {
    Path p = dir.resolve("empty.txt");
    Files.write(p, new byte[0]);
    expectOneBad(p, "empty file");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    Path p = dir.resolve("blank.txt");
    Files.writeString(p, "  \n\n\t\n");
    expectOneBad(p, "empty file");
  }

  @Test
  void binaryFile() throws IOException {
    Path p = dir.resolve("scan.txt");
    Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    expectOneBad(p, "not a document");
  }

  @Test
  void textThatIsNotUtf8IsDecodedAsWindows1252() throws IOException {
    Path p = dir.resolve("latin1.txt");
    Files.write(p, "On 10 October 1939 the treaty gave Vilnius back to Lithuania, wrote the Kaun\u00e1s press.\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("run", p.toString(), "--out", out.toString(), "-q", "--formats", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("documents.csv"))).contains(",text,windows-1252,");
    assertThat(Files.readString(out.resolve("dates.csv"))).contains("1939-10-10").contains("Kaun\u00e1s");
  }

  @Test
  void folderWithoutDocuments() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("nothing-here"));
    Files.writeString(empty.resolve("notes.xyz"), "x");
    expectOneBad(empty, "folder holds no documents");
  }

  @Test
  void nothingProcessableExitsNonZeroAndWritesNothing() throws IOException {
    Path out = dir.resolve("out2");
    Cli.Result r = Cli.run("run", dir.resolve("missing").toString(), "--out", out.toString(), "-q");
    assertThat(r.code()).isEqualTo(Annalist.NOTHING_PROCESSED);
    assertThat(r.err()).contains("no such file or folder").contains("nothing written");
    assertThat(out).doesNotExist();
  }

  @Test
  void wrongCommandLineIsAUsageError() {
    assertThat(Cli.run("run", "--formats", "pdf", "-q").code()).isEqualTo(Annalist.USAGE);
    assertThat(Cli.run("run", "--no-such-option").code()).isEqualTo(Annalist.USAGE);
    assertThat(Cli.run("run", "--numeric-dates", "sideways").code()).isEqualTo(Annalist.USAGE);
  }

  @Test
  void errorsCsvHasAHeaderWhenNothingFailed() throws IOException {
    Path out = dir.resolve("out3");
    assertThat(Cli.run("run", good.toString(), "--out", out.toString(), "-q", "--formats", "csv").code()).isZero();
    assertThat(errorsCsv(out)).containsExactly("path,error");
  }
}
