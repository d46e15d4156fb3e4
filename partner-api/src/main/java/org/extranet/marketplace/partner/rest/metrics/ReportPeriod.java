// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.metrics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.shared.InvalidInputException;

/** A report's {@code from} and {@code to} (ISO dates, both included); by default the trailing twelve months. */
record ReportPeriod(LocalDate from, LocalDate to) {

  static ReportPeriod of(String from, String to) {
    List<InvalidInputException.Violation> bad = new ArrayList<>();
    LocalDate end = date("to", to, LocalDate.now(), bad);
    LocalDate start = date("from", from, end.minusYears(1).plusDays(1), bad);
    if (bad.isEmpty() && start.isAfter(end)) {
      bad.add(new InvalidInputException.Violation("from", "must not be after to"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return new ReportPeriod(start, end);
  }

  private static LocalDate date(String field, String text, LocalDate absent, List<InvalidInputException.Violation> bad) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      bad.add(new InvalidInputException.Violation(field, "a date like 2026-11-24"));
      return absent;
    }
  }
}
