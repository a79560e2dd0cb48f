package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.annalist.model.Column;
import org.annalist.model.Dataset;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {
  private static XSSFWorkbook write(Dataset ds, Path dir, XlsxWriter w) throws IOException {
    w.write(ds, dir, WriteOptions.defaults());
    try (InputStream in = Files.newInputStream(dir.resolve("dataset.xlsx"))) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void typedCellsFrozenHeaderFilterAndCharts(@TempDir Path dir) throws IOException {
    try (XSSFWorkbook wb = write(SampleData.dataset(), dir, new XlsxWriter())) {
      assertThat(wb.getSheetName(0)).isEqualTo("README");
      XSSFSheet s = wb.getSheet("things");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("text");
      assertThat(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(s.getCTWorksheet().isSetAutoFilter()).isTrue();
      assertThat(s.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(s.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1000.0);
      assertThat(s.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(DateUtil.isCellDateFormatted(s.getRow(2).getCell(4))).isTrue();
      assertThat(s.getRow(2).getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1939, 10, 2));
      assertThat(s.getRow(7).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
      assertThat(s.getRow(7).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      XSSFSheet charts = wb.getSheet("Charts");
      assertThat(charts.getDrawingPatriarch().getCharts()).hasSize(2);
      assertThat(charts.getDrawingPatriarch().getCharts()).extracting(c -> c.getTitleText().getString())
          .containsExactly("Troops per base", "Dated events per month");
    }
  }

  @Test
  void longTextIsCutAndBigTablesContinue(@TempDir Path dir) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      rows.add(Arrays.asList(i == 0 ? "x".repeat(40_000) : "row " + i));
    }
    Table t = new Table("big", "d", List.of(Column.string("s", "s")), List.of(), rows);
    try (XSSFWorkbook wb = write(Dataset.of(List.of(t)), dir, new XlsxWriter(10))) {
      String first = wb.getSheet("big").getRow(1).getCell(0).getStringCellValue();
      assertThat(first).hasSize(XlsxWriter.MAX_CELL_CHARS).endsWith(XlsxWriter.TRUNCATED);
      assertThat(wb.getSheet("big").getLastRowNum()).isEqualTo(10);
      assertThat(wb.getSheet("big (2)").getLastRowNum()).isEqualTo(10);
      assertThat(wb.getSheet("big (3)").getLastRowNum()).isEqualTo(5);
      assertThat(wb.getSheet("big (3)").getRow(5).getCell(0).getStringCellValue()).isEqualTo("row 24");
    }
  }
}
