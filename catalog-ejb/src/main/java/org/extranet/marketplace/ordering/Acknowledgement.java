// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.shared.InvalidInputException;

/**
 * The supplier's answer to a purchase order (API.md {@code POST /purchase-orders/{id}/acknowledgement}).
 * ACCEPT takes every line in full; REJECT takes none and needs a reason the buyer is shown; PARTIAL names,
 * per line, how many units ship now and the date the rest is promised for (the rest is backordered).
 *
 * @param promisedDate for ACCEPT, when it ships; for PARTIAL, the promised date of lines that name none
 */
public record Acknowledgement(Decision decision, List<LineDecision> lines, LocalDate promisedDate, String reason) {

  public enum Decision { ACCEPT, REJECT, PARTIAL }

  /** @param quantity units that ship now; the line's other units follow by {@code promisedDate} */
  public record LineDecision(Long lineId, Integer quantity, LocalDate promisedDate) {}

  /** What one line gets: units now and the promised date (of the rest, or of the whole line). */
  record LineAnswer(int accepted, LocalDate promised) {}

  public Acknowledgement {
    lines = lines == null ? List.of() : lines;
  }

  /** The answer per line of the purchase order; every bad field named at once (400). */
  Map<OrderLine, LineAnswer> perLine(List<OrderLine> poLines, LocalDate today) {
    List<InvalidInputException.Violation> bad = new ArrayList<>();
    if (decision == null) {
      throw InvalidInputException.of("decision", "ACCEPT, REJECT or PARTIAL");
    }
    if (promisedDate != null && promisedDate.isBefore(today)) {
      bad.add(new InvalidInputException.Violation("promisedDate", "must not be in the past"));
    }
    Map<OrderLine, LineAnswer> answers = new HashMap<>();
    switch (decision) {
      case ACCEPT -> poLines.forEach(l -> answers.put(l, new LineAnswer(l.quantity(), promisedDate)));
      case REJECT -> {
        if (reason == null || reason.isBlank()) {
          bad.add(new InvalidInputException.Violation("reason", "say why, for the buyer"));
        } else if (reason.length() > 1000) {
          bad.add(new InvalidInputException.Violation("reason", "at most 1000 characters"));
        }
        poLines.forEach(l -> answers.put(l, new LineAnswer(0, null)));
      }
      case PARTIAL -> partial(poLines, today, answers, bad);
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return answers;
  }

  private void partial(List<OrderLine> poLines, LocalDate today, Map<OrderLine, LineAnswer> answers,
      List<InvalidInputException.Violation> bad) {
    if (lines.isEmpty()) {
      bad.add(new InvalidInputException.Violation("lines", "name the lines and the units that ship now"));
    }
    Map<Long, OrderLine> byId = new HashMap<>();
    poLines.forEach(l -> byId.put(l.id(), l));
    for (int i = 0; i < lines.size(); i++) {
      String at = "lines[" + i + "]";
      LineDecision d = lines.get(i);
      OrderLine line = d == null ? null : byId.get(d.lineId());
      if (line == null) {
        bad.add(new InvalidInputException.Violation(at + ".lineId", "not a line of this purchase order"));
        continue;
      }
      if (d.quantity() == null || d.quantity() < 0 || d.quantity() > line.quantity()) {
        bad.add(new InvalidInputException.Violation(at + ".quantity", "between 0 and the " + line.quantity() + " ordered"));
        continue;
      }
      LocalDate promised = d.promisedDate() != null ? d.promisedDate() : promisedDate;
      if (d.quantity() < line.quantity() && promised == null) {
        bad.add(new InvalidInputException.Violation(at + ".promisedDate", "when the other " + (line.quantity() - d.quantity()) + " follow"));
      } else if (promised != null && promised.isBefore(today)) {
        bad.add(new InvalidInputException.Violation(at + ".promisedDate", "must not be in the past"));
      }
      answers.put(line, new LineAnswer(d.quantity(), promised));
    }
    // lines the supplier did not name are accepted in full: PARTIAL is about the lines it names
    poLines.forEach(l -> answers.putIfAbsent(l, new LineAnswer(l.quantity(), promisedDate)));
  }
}
