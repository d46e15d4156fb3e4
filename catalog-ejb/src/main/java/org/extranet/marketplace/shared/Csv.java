// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import java.util.Collection;
import java.util.stream.Collectors;

/** CSV lines as RFC 4180 writes them, safe to open in a spreadsheet. */
public final class Csv {

  private Csv() {}

  /** One line, without its line break. */
  public static String line(Collection<?> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(","));
  }

  public static String cell(Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty() && "=+@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text; // a spreadsheet would run it as a formula (a supplier names its own products)
    }
    boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
