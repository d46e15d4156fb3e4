// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecard's formulas against a hand-computed fixture. */
class ScorecardTest {

  private static final Instant T = Instant.parse("2026-11-02T09:00:00Z");
  private static final LocalDate DUE = LocalDate.of(2026, 11, 10);

  @Test
  void threeFailedOfTwelveIsAQuarterAndTheOtherFiguresFollowTheirDefinitions() {
    List<Scorecard.Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      outcomes.add(new Scorecard.Outcome(true, Instant.parse("2026-11-10T17:00:00Z"), DUE)); // on the due day: on time
    }
    outcomes.add(new Scorecard.Outcome(true, Instant.parse("2026-11-11T08:00:00Z"), DUE)); // a day late
    outcomes.add(new Scorecard.Outcome(true, Instant.parse("2026-11-12T08:00:00Z"), DUE));
    for (int i = 0; i < 3; i++) {
      outcomes.add(new Scorecard.Outcome(false, Instant.parse("2026-11-09T08:00:00Z"), DUE));
    }
    List<Scorecard.Answered> answered = List.of(
        new Scorecard.Answered(T, T.plus(Duration.ofHours(1)), 10, 10),
        new Scorecard.Answered(T, T.plus(Duration.ofHours(2)), 10, 5),
        new Scorecard.Answered(T, T.plus(Duration.ofHours(30)), 0, 0));

    Scorecard card = Scorecard.of("northwind", answered, outcomes, 4, 3);

    assertEquals(new BigDecimal("0.2500"), card.deliveryFailureRate(), "3 failed of 12 with an outcome");
    assertEquals(new BigDecimal("0.7778"), card.onTimeRate(), "7 of the 9 delivered by their due date");
    assertEquals(new BigDecimal("2.00"), card.ackHoursMedian(), "median of 1, 2 and 30 hours");
    assertEquals(new BigDecimal("0.7500"), card.fillRate(), "15 of 20 units shipped");
    assertEquals(new BigDecimal("0.7500"), card.invoiceAccuracy(), "3 of 4 invoices matched");
    assertEquals(9, card.delivered());
    assertEquals(3, card.failed());
  }

  @Test
  void anEvenCountsMedianIsTheMeanOfTheMiddleTwoAndNothingToCountIsNoFigure() {
    assertEquals(new BigDecimal("2.50"), Scorecard.median(List.of(1.0, 2.0, 3.0, 30.0)));
    Scorecard fresh = Scorecard.of("new", List.of(), List.of(), 0, 0);
    assertNull(fresh.ackHoursMedian());
    assertNull(fresh.deliveryFailureRate());
    assertNull(fresh.onTimeRate());
    assertNull(fresh.invoiceAccuracy());
  }

  @Test
  void aPurchaseOrdersNewRecordMovesItsSuppliersTotalsByTheDifference() {
    Scorecard.Answered answered = new Scorecard.Answered(T, T.plus(Duration.ofHours(3)), 10, 10);
    Scorecard.Outcome late = new Scorecard.Outcome(true, Instant.parse("2026-11-12T08:00:00Z"), DUE);
    ScorecardCounts shipped = ScorecardCounts.of(answered, List.of(), 0, 0);
    ScorecardCounts deliveredAndInvoiced = ScorecardCounts.of(answered, List.of(late), 1, 1);
    ScorecardCounts others = new ScorecardCounts(4, 40, 30, 3, 3, 1, 2, 1);

    ScorecardCounts totals = others.plus(shipped).plus(deliveredAndInvoiced.minus(shipped));

    assertEquals(others.plus(deliveredAndInvoiced), totals);
    Scorecard card = Scorecard.of("s", totals, new BigDecimal("3.00"));
    assertEquals(new BigDecimal("0.7500"), card.onTimeRate(), "3 of the 4 delivered on time (this one a day late)");
    assertEquals(new BigDecimal("0.2000"), card.deliveryFailureRate(), "1 failed of 5");
    assertEquals(new BigDecimal("3.0000"), ScorecardCounts.ackHours(answered));
  }
}
