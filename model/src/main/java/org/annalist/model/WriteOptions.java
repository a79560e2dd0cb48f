package org.annalist.model;

/**
 * Options every writer receives.
 *
 * @param rawCsv   when false (the default), CSV text cells that a spreadsheet would run as a formula
 *                 are neutralized (OWASP CSV injection)
 * @param excelBom write a UTF-8 byte-order mark at the start of CSV files, for Excel on Windows
 */
public record WriteOptions(boolean rawCsv, boolean excelBom) {
  public static WriteOptions defaults() {
    return new WriteOptions(false, false);
  }
}
