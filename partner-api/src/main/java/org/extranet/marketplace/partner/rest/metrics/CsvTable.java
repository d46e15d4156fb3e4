// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A metrics table as CSV (RFC 4180): a header row, then one row per record; every table can be exported. */
final class CsvTable {

  /** What the CSV variants produce: below JSON's quality, so a client that accepts anything gets JSON. */
  static final String MEDIA_TYPE = "text/csv;qs=0.5";

  private final List<String> rows = new ArrayList<>();

  CsvTable(String... header) {
    row((Object[]) header);
  }

  CsvTable row(Object... cells) {
    rows.add(java.util.Arrays.stream(cells).map(CsvTable::cell).collect(Collectors.joining(",")));
    return this;
  }

  @Override
  public String toString() {
    return String.join("\r\n", rows) + "\r\n";
  }

  private static String cell(Object value) {
    String text = value == null ? "" : value.toString();
    boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
