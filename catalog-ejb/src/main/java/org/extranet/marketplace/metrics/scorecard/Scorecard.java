// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier's scorecard (ARCHITECTURE.md "Metrics", README "Supplier scorecard"), computed from its
 * purchase orders, shipments and invoices:
 * <pre>
 * ackHoursMedian      = median of (acknowledged − sent to the supplier) over acknowledged purchase orders, hours
 * onTimeRate          = delivered shipments delivered on or before their due date ÷ delivered shipments
 *                       (due = the latest promised date of its lines, else their expected date; none: on time)
 * deliveryFailureRate = failed ÷ (delivered + failed) shipments   (3 failed of 12 = 0.25)
 * fillRate            = units shipped (failed shipments not counted) ÷ units ordered, acknowledged purchase orders
 * invoiceAccuracy     = invoices MATCHED ÷ invoices
 * </pre>
 * A figure with nothing to count is null (not zero: a new supplier has no record, not a bad one).
 */
public record Scorecard(String supplierId, BigDecimal ackHoursMedian, BigDecimal onTimeRate, BigDecimal deliveryFailureRate,
    BigDecimal fillRate, BigDecimal invoiceAccuracy, long purchaseOrders, long delivered, long failed, long invoices) {

  /** One acknowledged purchase order: when it reached the supplier, when it was answered, units ordered and shipped. */
  public record Answered(Instant sent, Instant acknowledged, int ordered, int shipped) {}

  /** One shipment with an outcome; {@code due} may be null. */
  public record Outcome(boolean delivered, Instant at, LocalDate due) {}

  /** From the records themselves (the definition; {@link ScorecardFacts} keeps the same counts incrementally). */
  static Scorecard of(String supplierId, List<Answered> answered, List<Outcome> outcomes, long invoices, long matched) {
    ScorecardCounts counts = answered.stream().map(a -> ScorecardCounts.of(a, List.of(), 0, 0))
        .reduce(ScorecardCounts.of(null, outcomes, invoices, matched), ScorecardCounts::plus);
    List<Double> hours = answered.stream().map(a -> ScorecardCounts.ackHours(a).doubleValue()).sorted().toList();
    return of(supplierId, counts, median(hours));
  }

  /** From a supplier's counts and the median of its acknowledgement hours. */
  static Scorecard of(String supplierId, ScorecardCounts c, BigDecimal ackHoursMedian) {
    return new Scorecard(supplierId, ackHoursMedian, ratio(c.deliveredOnTime(), c.delivered()),
        ratio(c.failed(), c.delivered() + c.failed()), ratio(c.shippedUnits(), c.orderedUnits()),
        ratio(c.invoicesMatched(), c.invoices()), c.acknowledged(), c.delivered(), c.failed(), c.invoices());
  }

  static BigDecimal median(List<Double> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int mid = sorted.size() / 2;
    double median = sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    return BigDecimal.valueOf(median).setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal ratio(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }
}
