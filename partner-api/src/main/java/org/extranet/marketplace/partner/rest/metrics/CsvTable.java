// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.metrics;

import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.shared.Csv;

/** A metrics table as CSV (RFC 4180): a header row, then one row per record; every table can be exported. */
final class CsvTable {

  /** What the CSV variants produce: below JSON's quality, so a client that accepts anything gets JSON. */
  static final String MEDIA_TYPE = "text/csv;qs=0.5";

  private final List<String> rows = new ArrayList<>();

  CsvTable(String... header) {
    row((Object[]) header);
  }

  CsvTable row(Object... cells) {
    rows.add(Csv.line(java.util.Arrays.asList(cells)));
    return this;
  }

  @Override
  public String toString() {
    return String.join("\r\n", rows) + "\r\n";
  }
}
